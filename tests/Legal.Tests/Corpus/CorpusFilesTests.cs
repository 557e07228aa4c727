using System.Diagnostics;
using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>
/// What the file system can throw at the compiler (links that dangle or loop, a folder linked back into the corpus, a
/// named pipe) becomes a diagnostic at the file, and never an exception or a hang.
/// </summary>
public sealed class CorpusFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("legal-files-").FullName;

    public CorpusFilesTests()
    {
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/test-fiu.md", Fixtures.Fiu);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
        File.WriteAllText(Path.Combine(_root, path), text);
    }

    private void Link(string path, string target) => File.CreateSymbolicLink(Path.Combine(_root, path), target);

    private CompileResult Compile() => CorpusCompiler.CompileDirectory(_root);

    [Fact]
    public void ADanglingLinkIsAnErrorAtTheLink()
    {
        Link("org/gone.md", "nowhere.md");

        var d = Assert.Single(Compile().Diagnostics);

        Assert.Equal(("org/gone.md", 1, 1), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Contains("dangling symlink", d.Message);
        Assert.Contains("nowhere.md", d.Message);
    }

    [Fact]
    public void LinksThatPointAtEachOtherAreAnErrorEach()
    {
        Link("org/a.md", "b.md");
        Link("org/b.md", "a.md");

        var result = Compile();

        Assert.Null(result.Corpus);
        Assert.Equal(["org/a.md", "org/b.md"], result.Diagnostics.Select(d => d.Origin.Path));
        Assert.All(result.Diagnostics, d => Assert.Contains("symlink loop", d.Message));
    }

    [Fact]
    public void AFolderLinkedBackIntoTheCorpusIsNamedOnceAndNotFollowed()
    {
        Link("org/up", "..");

        var result = Compile();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("org/up", d.Origin.Path);
        Assert.Contains("symlink loop", d.Message);
    }

    [Fact]
    public void ALinkToAFileElsewhereIsReadAsTheFile()
    {
        var outside = Directory.CreateTempSubdirectory("legal-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "fiu.md"), Fixtures.Fiu);
            File.Delete(Path.Combine(_root, "org/test-fiu.md"));
            Link("org/test-fiu.md", Path.Combine(outside, "fiu.md"));

            Assert.True(Compile().Succeeded);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task ANamedPipeIsSkippedWithAWarningWithoutBeingRead()
    {
        if (OperatingSystem.IsWindows()) return;
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_root, "org/pipe.md"))) await mkfifo.WaitForExitAsync();

        // Opening a pipe for reading waits for a writer: were it read, this would never return.
        var compile = Task.Run(Compile);
        var result = await compile.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
        Assert.True(result is not null, "compiling a corpus with a named pipe in it hung");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "org/pipe.md"), (d.Severity, d.Origin.Path));
        Assert.Contains("not a regular file", d.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void PathsArePrintedNormalised()
    {
        Link("org/gone.md", "nowhere.md");
        var detour = Path.Combine(_root, "org", "..");

        var line = Assert.Single(CorpusCompiler.CompileDirectory(detour).Diagnostics).Format(detour);

        Assert.StartsWith(Path.Combine(_root, "org", "gone.md") + ":1:1: error:", line);
        Assert.DoesNotContain("..", line);
    }
}
