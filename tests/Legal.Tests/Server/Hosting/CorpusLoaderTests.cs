using Legal.Embedded;
using Legal.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Legal.Tests.Server.Hosting;

/// <summary>A reload, as SIGHUP runs it, never throws: whatever the corpus holds, the graph served before stays.</summary>
public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("legal-loader-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AReloadThatFailsReportsFalseAndKeepsTheGraph()
    {
        File.WriteAllText(Path.Combine(_root, "source.md"), Fixtures.Source);
        File.WriteAllText(Path.Combine(_root, "fiu.md"), Fixtures.Fiu);
        var holder = new GraphHolder(_root);
        var loader = new CorpusLoader(holder, NullLogger<CorpusLoader>.Instance);
        Assert.True(loader.SafeLoad());
        var served = holder.Current;

        File.CreateSymbolicLink(Path.Combine(_root, "gone.md"), "nowhere.md");
        File.WriteAllText(Path.Combine(_root, "fiu.md"), Fixtures.Fiu + "\n::: en\n" + string.Concat(Enumerable.Repeat("> ", 1000)) + "x\n:::\n");

        Assert.False(loader.SafeLoad());
        Assert.Same(served, holder.Current);
    }

    [Fact]
    public void AReloadOfAFolderThatIsGoneKeepsTheGraph()
    {
        File.WriteAllText(Path.Combine(_root, "source.md"), Fixtures.Source);
        var holder = new GraphHolder(_root);
        var loader = new CorpusLoader(holder, NullLogger<CorpusLoader>.Instance);
        Assert.True(loader.SafeLoad());
        var served = holder.Current;

        File.Delete(Path.Combine(_root, "source.md"));
        Directory.Delete(_root);

        Assert.False(loader.SafeLoad());
        Assert.Same(served, holder.Current);
        Directory.CreateDirectory(_root);
    }
}
