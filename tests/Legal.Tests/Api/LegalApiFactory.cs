using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Legal.Tests.Api;

/// <summary>The real server, HTTP pipeline and all, over a corpus folder of the test's choosing.</summary>
public class LegalApiFactory(string corpusPath, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus:Path", corpusPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

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

/// <summary>A corpus folder written from the fixtures, plus a member state and a second instrument for the API's questions.</summary>
public sealed class FixtureCorpusFolder() : CorpusFolder(new Dictionary<string, string>
{
    ["sources/test-source.md"] = Fixtures.Source,
    ["org/test-fiu.md"] = Fixtures.Fiu,
    ["kw/law.md"] = Fixtures.Law,
    ["states/kw.md"] = """
        ---
        id: state/kw
        kind: state
        title: {en: Kuwait, ar: الكويت}
        sources: [test-source]
        relations:
          - member_of: org/test-fiu
        ---
        """,
    ["un/scr-1373.md"] = Fixtures.ResolutionWithDisputedDate,
});

/// <summary>The query fixtures' corpus (from international sources down to duties), for the query fields.</summary>
public sealed class QueryCorpusFolder() : CorpusFolder(QueryFixtures.Files);
