using Legal.Engine.References;
using Legal.Embedded;
using Legal.Engine;
using Legal.Model;

namespace Legal.Tests.Embedded;

public class SearchIndexTests
{
    private static readonly EmbeddedGraph Graph = QueryFixtures.Graph();

    private static async Task<Page<SearchHit>> Search(string text, Lang? lang = null, params NodeKind[] kinds) =>
        await Graph.SearchAsync(new SearchQuery(text, lang, kinds.Length == 0 ? null : kinds.ToHashSet()));

    [Theory]
    [InlineData("تمويل الارهاب")]
    [InlineData("تَمْوِيل الإرهاب")]
    [InlineData("terrorist financing offence")]
    public async Task FindsTheTerroristFinancingOffenceHoweverItIsTyped(string query) =>
        Assert.Contains((await Search(query, kinds: NodeKind.Provision)).Items, h => h.Node.Id.ToString() == "kw/law/2013/106#art_3");

    [Fact]
    public async Task TheDefiniteFormFindsTheBareWord()
    {
        var hits = await Search("الأموال", Lang.Ar);
        Assert.Contains(hits.Items, h => h.Node.Id.ToString() == "kw/law/2013/106#art_3");
    }

    [Fact]
    public async Task ArabicIndicDigitsFindAsciiNumbers() =>
        Assert.Equal("kw/law/2013/106", (await Search("القانون ١٠٦", kinds: NodeKind.Law)).Items[0].Node.Id.ToString());

    [Fact]
    public async Task SnippetsHighlightTheMatchedWords()
    {
        var hit = (await Search("suspicious transaction", Lang.En, NodeKind.Provision)).Items[0];
        var marked = hit.Snippet.Highlights.Select(s => hit.Snippet.Text[s.Start..s.End].ToLowerInvariant()).ToList();
        Assert.Contains("suspicious", marked);
        Assert.Contains(marked, word => word.StartsWith("transaction", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TitlesRankAboveMentionsAndAliasesAreSearched()
    {
        Assert.Equal("org/kw-fiu", (await Search("Financial Intelligence Unit")).Items[0].Node.Id.ToString());
        Assert.Equal("org/cbk", (await Search("CBK")).Items[0].Node.Id.ToString());
    }

    [Theory]
    [InlineData("law AND (\"")]
    [InlineData("NOT")]
    [InlineData("*:* OR title_en:[a TO z]")]
    public async Task QuerySyntaxInUserInputIsTakenLiterally(string query) => Assert.NotNull(await Search(query));

    [Fact]
    public async Task HitsArePagedInRankOrder()
    {
        var first = await Graph.SearchAsync(new SearchQuery("financing", First: 1));
        var second = await Graph.SearchAsync(new SearchQuery("financing", First: 1, After: first.EndCursor));
        Assert.True(first.HasNextPage);
        Assert.NotEqual(first.Items[0].Node.Id, second.Items[0].Node.Id);
        Assert.True(first.Items[0].Score >= second.Items[0].Score);
    }

    [Fact]
    public async Task AnEmptyQueryIsRefused() => await Assert.ThrowsAsync<ArgumentException>(() => Search("  "));

    [Fact]
    public async Task AnArticleWithoutAHeadingIsFoundThroughTheHeadingOfItsPart()
    {
        var graph = new EmbeddedGraph(Fixtures.Corpus());
        var hits = (await graph.SearchAsync(new SearchQuery("general", Lang.En))).Items.Select(h => h.Node.Id.ToString()).ToList();
        Assert.Contains("kw/law/2013/106#art_1", hits);
        Assert.Contains("kw/law/2013/106#part_1", hits);
    }

    [Fact]
    public async Task TheLawRanksAboveADocumentReportingOnItWithTheSameWords()
    {
        var corpus = Fixtures.CompileWith("sources/report.md", """
            ---
            id: src/report
            kind: source
            title: {en: Test Law}
            publisher: A newspaper
            grade: press
            ---
            """).Corpus!;
        var hits = (await new EmbeddedGraph(corpus).SearchAsync(new SearchQuery("test law", Lang.En))).Items.Select(h => h.Node.Id.ToString()).ToList();
        Assert.True(hits.IndexOf("kw/law/2013/106") < hits.IndexOf("src/report"), string.Join(", ", hits));
    }

    [Fact]
    public void TiesComeInTheSameOrderHoweverTheNodesWereHeld()
    {
        // A dictionary's order follows hash codes, which differ per process; the index must not follow it.
        var corpus = QueryFixtures.Graph().Corpus;
        var nodes = corpus.Nodes.Values.ToList();
        var references = new ReferenceExtractor(nodes);
        var forward = new SearchIndex(nodes.ToDictionary(n => n.Id), corpus.Relations, references);
        var backward = new SearchIndex(Enumerable.Reverse(nodes).ToDictionary(n => n.Id), corpus.Relations.Reverse(), references);
        var query = new SearchQuery("financial", First: 50);
        Assert.Equal(forward.Search(query).Items.Select(h => h.Node.Id), backward.Search(query).Items.Select(h => h.Node.Id));
    }
}
