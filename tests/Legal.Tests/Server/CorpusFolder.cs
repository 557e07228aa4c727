using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Legal.Tests.Server;

/// <summary>A corpus written to a temporary folder for the server to load, and removed afterwards.</summary>
public abstract class CorpusFolder : IDisposable
{
    protected CorpusFolder(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (relative, text) in files)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("legal-api-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
