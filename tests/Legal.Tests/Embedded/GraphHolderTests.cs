using Legal.Embedded;
using Legal.Model.Ids;

namespace Legal.Tests.Embedded;

public sealed class GraphHolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("legal-reload-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
        File.WriteAllText(Path.Combine(_root, path), text);
    }

    [Fact]
    public void AFailedReloadKeepsServingTheGraphItHad()
    {
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/test-fiu.md", Fixtures.Fiu);
        var holder = new GraphHolder(_root);
        Assert.True(holder.Reload().Succeeded);
        var served = holder.Current;

        Write("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]", "sources: [missing]"));
        var result = holder.Reload();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("unknown source 'missing'"));
        Assert.Same(served, holder.Current);
        Assert.True(holder.Current.Corpus.Nodes.ContainsKey(NodeId.Parse("org/test-fiu")));
    }

    [Fact]
    public void ASuccessfulReloadServesTheNewCorpus()
    {
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/test-fiu.md", Fixtures.Fiu);
        var holder = new GraphHolder(_root);
        holder.Reload();

        Write("org/test-fiu.md", Fixtures.Fiu.Replace("Test FIU", "Renamed FIU"));
        Assert.True(holder.Reload().Succeeded);

        Assert.Equal("Renamed FIU", holder.Current.Corpus.Nodes[NodeId.Parse("org/test-fiu")].Title.En);
    }

    [Theory]
    [InlineData("dangling symlink")]
    [InlineData("thousand-deep quote")]
    [InlineData("symlink loop")]
    public void AReloadOverInputThatUsedToThrowKeepsServingTheGraphItHad(string fault)
    {
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/test-fiu.md", Fixtures.Fiu);
        var holder = new GraphHolder(_root);
        Assert.True(holder.Reload().Succeeded);
        var served = holder.Current;

        switch (fault)
        {
            case "dangling symlink": File.CreateSymbolicLink(Path.Combine(_root, "org/gone.md"), "nowhere.md"); break;
            case "symlink loop": File.CreateSymbolicLink(Path.Combine(_root, "org/loop.md"), "loop.md"); break;
            default: Write("org/test-fiu.md", Fixtures.Fiu + "\n::: en\n" + string.Concat(Enumerable.Repeat("> ", 1000)) + "deep\n:::\n"); break;
        }
        var result = holder.Reload();

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.Origin.Line >= 1));
        Assert.Same(served, holder.Current);
    }
}
