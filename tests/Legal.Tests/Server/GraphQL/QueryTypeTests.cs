using System.Text.Json.Nodes;

namespace Legal.Tests.Server.GraphQL;

public sealed class QueryTypeTests : IClassFixture<QueryCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public QueryTypeTests(QueryCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path);

    public void Dispose() => _api.Dispose();

    private async Task<JsonNode> Data(string query, object? variables = null)
    {
        var response = await _api.QueryAsync(query, variables);
        if (response["errors"] is { } errors) Assert.Fail(errors.ToJsonString());
        return response["data"]!;
    }

    private static string? Code(JsonNode response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task TraceDownFromAResolutionReachesTheProvisionAndTheBodyItEmpowers()
    {
        var data = await Data("""
            { trace(from: "un/scr/1373", direction: DOWN, asOf: "2026-01-01") { asOf paths { end { id } steps { to { id } relation { type direction } } } markdown } }
            """);
        var path = data["trace"]!["paths"]![0]!;
        Assert.Equal("org/kw-sc-committee", path["end"]!["id"]!.GetValue<string>());
        Assert.Equal("kw/cabinet/2013/1396#art_1", path["steps"]![1]!["to"]!["id"]!.GetValue<string>());
        Assert.Equal(("GIVES_EFFECT_TO", "IN"), (path["steps"]![0]!["relation"]!["type"]!.GetValue<string>(), path["steps"]![0]!["relation"]!["direction"]!.GetValue<string>()));
        Assert.Contains("2026-01-01", data["trace"]!["markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task TraceUpFromAnObligationReachesAFatfRecommendation()
    {
        var data = await Data("""{ trace(from: "obligation/kw/report-suspicious-transactions") { paths { end { id kind } markdown(lang: AR) } } }""");
        var first = data["trace"]!["paths"]![0]!;
        Assert.Equal(("fatf/rec/20", "STANDARD"), (first["end"]!["id"]!.GetValue<string>(), first["end"]!["kind"]!.GetValue<string>()));
        Assert.Contains("(http://127.0.0.1:5080/instruments/fatf/rec/20)", first["markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task ObligationsForABankComeWithLegalBasisSupervisorAndPenalty()
    {
        var data = await Data("""
            { obligations(subject: "sector/banks", asOf: "2026-01-01") { totalCount nodes { id legalBasis { id } supervisors { id } penalties { id } } } }
            """);
        var obligation = data["obligations"]!["nodes"]![0]!;
        Assert.Equal(1, data["obligations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("kw/law/2013/106#art_12", obligation["legalBasis"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("org/cbk", obligation["supervisors"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106#art_28", obligation["penalties"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchWithoutHamzaFindsTheTerroristFinancingOffenceWithASnippet()
    {
        var data = await Data("""{ search(query: "تمويل الارهاب", kinds: [PROVISION]) { totalCount pageInfo { hasNextPage } hits { node { id } score snippet } } }""");
        var hit = data["search"]!["hits"]!.AsArray().First(h => h!["node"]!["id"]!.GetValue<string>() == "kw/law/2013/106#art_3")!;
        Assert.Contains("**", hit["snippet"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExtractReferencesReturnsSpansThatSelectTheMatchedText()
    {
        const string text = "Under Law No. 106 of 2013 the FIU reports; القرار ١٣٧٣ (2001) applies.";
        var data = await Data("query($text: String!) { extractReferences(text: $text) { start end text node { id } } }", new { text });
        var found = data["extractReferences"]!.AsArray();
        Assert.Equal(["kw/law/2013/106", "org/kw-fiu", "un/scr/1373"], found.Select(r => r!["node"]!["id"]!.GetValue<string>()));
        Assert.All(found, r => Assert.Equal(r!["text"]!.GetValue<string>(), text[r["start"]!.GetValue<int>()..r["end"]!.GetValue<int>()]));
    }

    [Fact]
    public async Task CitationsAreStructuredResolvedWhereTheGraphHoldsThemAndForeignOnesAreNeverLinked()
    {
        const string text = "Article 3 of Law No. 106 of 2013, Oman's Royal Decree 30/2016 and Law No. 160 of 2013 on combating money laundering.";
        var data = await Data("query($text: String!) { citations(text: $text) { text kind jurisdiction foreign number year provision uri node { id } warnings { problem suggested { id } } } }", new { text });
        var found = data["citations"]!.AsArray();
        Assert.Equal(3, found.Count);
        Assert.Equal("kw/law/2013/106#art_3", found[0]!["node"]!["id"]!.GetValue<string>());
        Assert.Equal("/akn/kw/act/2013/106/~art_3", found[0]!["uri"]!.GetValue<string>());
        Assert.Equal(("ROYAL_DECREE", "OM", true), (found[1]!["kind"]!.GetValue<string>(), found[1]!["jurisdiction"]!.GetValue<string>(), found[1]!["foreign"]!.GetValue<bool>()));
        Assert.Null(found[1]!["node"]);
        Assert.Null(found[2]!["node"]);
        Assert.Equal("TITLE_MATCHES_ANOTHER", found[2]!["warnings"]![0]!["problem"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106", found[2]!["warnings"]![0]!["suggested"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchHitsCarryTheirFacets()
    {
        var data = await Data("""{ search(query: "terrorist financing offence", first: 1) { hits { kind jurisdiction inForce node { id } } } }""");
        var hit = data["search"]!["hits"]![0]!;
        Assert.Equal("PROVISION", hit["kind"]!.GetValue<string>());
        Assert.Equal("KW", hit["jurisdiction"]!.GetValue<string>());
    }

    [Fact]
    public async Task CurriculumInArabicCitesRealProvisions()
    {
        var data = await Data("""
            { curriculum(topic: "terrorist financing", audience: "bank staff", lang: AR) { sector { id } modules { title readings { id } questions { question answer citation { id } } } markdown } }
            """);
        var curriculum = data["curriculum"]!;
        Assert.Equal("sector/banks", curriculum["sector"]!["id"]!.GetValue<string>());
        var citations = curriculum["modules"]!.AsArray().SelectMany(m => m!["questions"]!.AsArray()).Select(q => q!["citation"]!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("kw/law/2013/106#art_3", citations);
        Assert.StartsWith("# مادة تدريبية", curriculum["markdown"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ trace(from: \"Not An Id\") { asOf } }", "INVALID_ID")]
    [InlineData("{ trace(from: \"un/scr/1373\", maxDepth: 0) { asOf } }", "INVALID_ARGUMENT")]
    [InlineData("{ obligations(subject: \"not an id\") { totalCount } }", "INVALID_ID")]
    [InlineData("{ obligations(after: \"not a cursor!\") { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ search(query: \"  \") { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ curriculum(topic: \"\", audience: \"bank staff\") { topic } }", "INVALID_ARGUMENT")]
    public async Task BadArgumentsGetAnErrorWithACode(string query, string code) => Assert.Equal(code, Code(await _api.QueryAsync(query)));

    [Fact]
    public async Task ASearchOfAThousandAndOneHundredWordsIsAnInvalidArgumentNamingTheLimit()
    {
        var response = await _api.QueryAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = string.Join(' ', Enumerable.Repeat("fund", 1_100)) });

        Assert.Equal("INVALID_ARGUMENT", Code(response));
        Assert.Equal(["INVALID_ARGUMENT"], response["errors"]![0]!["extensions"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("at most 64 words", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchIsARelayConnectionWhoseCursorsPageOnward()
    {
        var first = (await Data("""{ search(query: "terrorist financing", first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } hit { score } } } }"""))["search"]!;
        var info = first["pageInfo"]!;
        Assert.True(first["totalCount"]!.GetValue<int>() > 1);
        Assert.True(info["hasNextPage"]!.GetValue<bool>());
        Assert.False(info["hasPreviousPage"]!.GetValue<bool>());
        var edge = first["edges"]![0]!;
        Assert.Equal(edge["cursor"]!.GetValue<string>(), info["startCursor"]!.GetValue<string>());
        Assert.Equal(edge["cursor"]!.GetValue<string>(), info["endCursor"]!.GetValue<string>());

        var second = (await Data("query($after: String) { search(query: \"terrorist financing\", first: 1, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }",
            new { after = info["endCursor"]!.GetValue<string>() }))["search"]!;
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.NotEqual(edge["node"]!["id"]!.GetValue<string>(), second["edges"]![0]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SummariesLinkToAbsolutePageAddresses()
    {
        var summaries = (await Data("""{ instrument(id: "kw/law/2013/106") { provisions { summary } } }"""))["instrument"]!["provisions"]!.AsArray()
            .Select(p => p!["summary"]?.GetValue<string>()).OfType<string>().ToList();
        var targets = summaries.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, @"\]\(([^)\s]+)").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.StartsWith("http://127.0.0.1:5080/", t));
    }
}
