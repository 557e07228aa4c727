using Legal.Corpus;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Tests.Server.GraphQL;

/// <summary>What a newcomer sees from the corpus we ship: it compiles, every node is sourced, and the documented questions answer.</summary>
public sealed class ShippedCorpusTests : IDisposable
{
    private static readonly Lazy<CompileResult> Compiled = new(() => CorpusCompiler.CompileDirectory(Fixtures.ShippedCorpus()));
    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    private static LegalCorpus Corpus
    {
        get
        {
            var result = Compiled.Value;
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(30)));
            return result.Corpus!;
        }
    }

    [Fact]
    public void EveryNodeCitesAtLeastOneSource() =>
        Assert.Empty(Corpus.Nodes.Values.Where(n => n.Kind != NodeKind.Source && n.Sources.Count == 0).Select(n => n.Id.ToString()));

    [Fact]
    public void EverySourceNamesItsPublisherAndTitle() =>
        Assert.Empty(Corpus.Nodes.Values.Where(n => n.Kind == NodeKind.Source && (n.Publisher is null || n.Title.IsEmpty)).Select(n => n.Id.ToString()));

    [Fact]
    public async Task TheLawAnswersWithItsArabicMarkdownListingItsArticles()
    {
        var response = await _api.QueryAsync("""{ instrument(id: "kw/law/2013/106") { id title(lang: EN) markdown(lang: AR) } }""");
        var markdown = response["data"]!["instrument"]!["markdown"]!.GetValue<string>();
        Assert.StartsWith("# القانون رقم 106 لسنة 2013", markdown);
        Assert.Contains("المادة 16", markdown);
        Assert.Contains("المادة 44", markdown);
    }

    [Fact]
    public async Task TheTftcListsItsMemberStatesAndItsSources()
    {
        var response = await _api.QueryAsync("""{ institution(id: "org/tftc") { members { id } sources { publisher } } }""");
        var tftc = response["data"]!["institution"]!;
        var members = tftc["members"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "state/kw", "state/sa", "state/us", "state/qa", "state/ae", "state/bh", "state/om" }, members.ToHashSet());
        Assert.NotEmpty(tftc["sources"]!.AsArray());
    }

    [Fact]
    public async Task SecurityCouncilResolution2379Resolves()
    {
        var response = await _api.QueryAsync("""{ node(id: "un/scr/2379") { id kind title } }""");
        Assert.Equal("UN_RESOLUTION", response["data"]!["node"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Article25ReadsDifferentlyBeforeAndAfterTheDecreeLawOf2025()
    {
        var response = await _api.QueryAsync("""
            { before: provision(id: "kw/law/2013/106#art_25", asOf: "2024-01-01") { summary }
              after: provision(id: "kw/law/2013/106#art_25", asOf: "2025-12-31") { summary version(asOf: "2025-12-31") { amendedBy { id } } } }
            """);
        var data = response["data"]!;
        Assert.NotEqual(data["before"]!["summary"]!.GetValue<string>(), data["after"]!["summary"]!.GetValue<string>());
        Assert.Equal("kw/decree-law/2025/76", data["after"]!["version"]!["amendedBy"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangesOver2025ListTheDecreeLawAmendingArticle25()
    {
        var response = await _api.QueryAsync("""{ changes(since: "2025-01-01", until: "2025-12-31") { kind target { id } by { id } } }""");
        Assert.Contains(response["data"]!["changes"]!.AsArray(), c =>
            c!["target"]!["id"]!.GetValue<string>() == "kw/law/2013/106#art_25" && c["by"]?["id"]?.GetValue<string>() == "kw/decree-law/2025/76");
    }

    [Theory]
    [InlineData("org/tftc")]
    [InlineData("org/kw-fiu")]
    [InlineData("org/kw-mofa")]
    [InlineData("org/kw-sc-committee")]
    [InlineData("org/unoct")]
    [InlineData("org/unodc")]
    [InlineData("org/interpol")]
    [InlineData("org/unitad")]
    [InlineData("fw/gctf")]
    [InlineData("fw/gctf-east-africa-wg")]
    [InlineData("fw/dushanbe-process")]
    [InlineData("fw/global-coalition-daesh")]
    [InlineData("fw/coalition-communications-wg")]
    [InlineData("kw/law/2013/106")]
    [InlineData("kw/law/2002/35")]
    [InlineData("kw/mr/2013/37")]
    [InlineData("un/scr/2379")]
    [InlineData("person/hamad-al-mashaan")]
    [InlineData("person/nasser-al-subaih")]
    [InlineData("person/badr-al-munaikh")]
    [InlineData("person/abdullah-al-yahya")]
    public void EverythingTheSeedArticlesNameIsInTheCorpus(string id) => Assert.Contains(NodeId.Parse(id), Corpus.Nodes.Keys);

    [Fact]
    public async Task TheSeedArticlesDisagreementsAreOpenDisputes()
    {
        var response = await _api.QueryAsync("""{ disputes { node { id } field claims { value } } }""");
        Assert.NotEmpty(response["data"]!["disputes"]!.AsArray());
    }
}
