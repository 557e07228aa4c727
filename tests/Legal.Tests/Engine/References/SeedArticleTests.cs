using Legal.Embedded;
using Legal.Model.Ids;

namespace Legal.Tests.Engine.References;

/// <summary>
/// The five seed articles are third-party text, so they are read from ../shared/seeds next to the repository, never copied in.
/// Each test lists what its article names; those the shipped corpus holds must be found, with offsets that select the match.
/// </summary>
public class SeedArticleTests
{
    private static readonly Lazy<EmbeddedGraph> Shipped = new(() =>
        Legal.Corpus.CorpusCompiler.CompileDirectory(Fixtures.ShippedCorpus()) is { Corpus: { } corpus } ? new EmbeddedGraph(corpus)
            : throw new InvalidOperationException("the shipped corpus does not compile; run the validate verb to see why"));

    public static string SeedsFolder => Path.Combine(Fixtures.RepositoryRoot(), "..", "shared", "seeds");

    [SeedTheory]
    [InlineData("000_", "fw/gctf fw/gctf-east-africa-wg org/kw-sc-committee")]
    [InlineData("001_", "fw/gctf fw/gctf-east-africa-wg org/kw-sc-committee")]
    [InlineData("002_", "org/unoct org/kw-mofa fw/dushanbe-process kw/law/2013/106 kw/mr/2013/37 org/tftc org/un org/eu org/osce")]
    [InlineData("003_", "fw/coalition-communications-wg")]
    [InlineData("004_", "org/un org/un-security-council org/interpol org/unodc org/unitad un/scr/2379 fw/global-coalition-daesh")]
    public async Task EverySeedArticleLinksWhatItNamesThatTheCorpusHolds(string prefix, string named)
    {
        var graph = Shipped.Value;
        var text = await File.ReadAllTextAsync(Directory.GetFiles(SeedsFolder, prefix + "*.txt").Single());
        var found = await graph.ExtractReferencesAsync(text);

        Assert.All(found, r => Assert.Equal(r.Text, text[r.Start..r.End]));
        var held = named.Split(' ').Select(NodeId.Parse).Where(id => graph.Corpus.Nodes.ContainsKey(id)).ToList();
        Assert.NotEmpty(held);
        Assert.Empty(held.Except(found.Select(r => r.Target)));
        Assert.All(found, r => Assert.Contains(r.Target, held));
    }
}
