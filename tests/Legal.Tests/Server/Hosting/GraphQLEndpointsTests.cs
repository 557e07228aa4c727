using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Legal.Tests.Server.Hosting;

public sealed class GraphQLEndpointsTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public GraphQLEndpointsTests(FixtureCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path);

    public void Dispose() => _api.Dispose();

    private static string? Code(JsonNode response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task AnInstrumentAnswersWithItsTitleAndArabicMarkdownListingItsArticles()
    {
        var response = await _api.QueryAsync("""{ instrument(id: "kw/law/2013/106") { id title(lang: EN) markdown(lang: AR) } }""");
        var law = response["data"]!["instrument"]!;
        Assert.Equal("kw/law/2013/106", law["id"]!.GetValue<string>());
        Assert.Equal("Test Law", law["title"]!.GetValue<string>());
        var markdown = law["markdown"]!.GetValue<string>();
        Assert.StartsWith("# قانون الاختبار", markdown);
        Assert.Contains("المادة 1", markdown);
        Assert.Contains("المادة 2 — الوحدة", markdown);
    }

    [Fact]
    public async Task HtmlForArabicIsMarkedRightToLeft()
    {
        var response = await _api.QueryAsync("""{ node(id: "kw/law/2013/106#art_2") { html(lang: AR) } }""");
        Assert.StartsWith("<article lang=\"ar\" dir=\"rtl\">", response["data"]!["node"]!["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodeResolvesEveryKindThroughTheInterface()
    {
        var response = await _api.QueryAsync("""
            { law: node(id: "kw/law/2013/106") { __typename kind }
              article: node(id: "kw/law/2013/106#art_2") { __typename kind }
              fiu: node(id: "org/test-fiu") { __typename }
              source: node(id: "src/test-source") { __typename ... on Source { publisher url } }
              missing: node(id: "org/nothing") { id } }
            """);
        var data = response["data"]!;
        Assert.Equal(("Instrument", "LAW"), (data["law"]!["__typename"]!.GetValue<string>(), data["law"]!["kind"]!.GetValue<string>()));
        Assert.Equal("Provision", data["article"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Institution", data["fiu"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Test Publisher", data["source"]!["publisher"]!.GetValue<string>());
        Assert.Null(data["missing"]);
    }

    [Fact]
    public async Task AnInstitutionListsItsMembersAndSources()
    {
        var response = await _api.QueryAsync("""{ institution(id: "org/test-fiu") { members { id } sources { title url } establishedBy { id } } }""");
        var fiu = response["data"]!["institution"]!;
        Assert.Equal("state/kw", fiu["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("https://example.org/test", fiu["sources"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106#art_2", fiu["establishedBy"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AProvisionLinksToItsInstrumentWhatItCitesAndItsObligations()
    {
        var response = await _api.QueryAsync("""
            { provision(id: "kw/law/2013/106#art_2") { eId number instrument { id } cites { id } children { id }
                obligations { deontic action(lang: AR) binds { id } legalBasis { id } } } }
            """);
        var article = response["data"]!["provision"]!;
        Assert.Equal(("art_2", "2"), (article["eId"]!.GetValue<string>(), article["number"]!.GetValue<string>()));
        Assert.Equal("kw/law/2013/106", article["instrument"]!["id"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106#art_1", article["cites"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106#art_2__para_1", article["children"]![0]!["id"]!.GetValue<string>());
        var obligation = article["obligations"]![0]!;
        Assert.Equal(("OBLIGATION", "الإبلاغ"), (obligation["deontic"]!.GetValue<string>(), obligation["action"]!.GetValue<string>()));
        Assert.Equal("kw/law/2013/106#art_2", obligation["legalBasis"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AsOfOnTheSummaryFieldReadsTheVersionInForceThatDay()
    {
        var response = await _api.QueryAsync("""
            { before: provision(id: "kw/law/2013/106#art_3") { summary(asOf: "2024-12-31") }
              after: provision(id: "kw/law/2013/106#art_3") { summary(asOf: "2025-06-01") versions { from until } } }
            """);
        Assert.Equal("The old wording.", response["data"]!["before"]!["summary"]!.GetValue<string>());
        Assert.Equal("The new wording.", response["data"]!["after"]!["summary"]!.GetValue<string>());
        Assert.Equal(2, response["data"]!["after"]!["versions"]!.AsArray().Count);
    }

    [Fact]
    public async Task InstrumentsArePagedWithCursors()
    {
        var first = await _api.QueryAsync("""{ instruments(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""");
        var page = first["data"]!["instruments"]!;
        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var cursor = page["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = await _api.QueryAsync("query($after: String) { instruments(first: 1, after: $after) { pageInfo { hasNextPage } edges { cursor node { id } } } }", new { after = cursor });
        var next = second["data"]!["instruments"]!;
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.NotEqual(page["nodes"]![0]!["id"]!.GetValue<string>(), next["edges"]![0]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task DisputesListCompetingClaimsWithTheirSources()
    {
        var response = await _api.QueryAsync("""{ disputes { node { id } field claims { value note sources { id } } } }""");
        if (response["errors"] is { } errors) Assert.Fail(errors.ToJsonString());
        var dispute = response["data"]!["disputes"]![0]!;
        Assert.Equal(("un/scr/1373", "date"), (dispute["node"]!["id"]!.GetValue<string>(), dispute["field"]!.GetValue<string>()));
        Assert.Equal(["2001-09-28", "2001-09-29"], dispute["claims"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal("src/test-source", dispute["claims"]![0]!["sources"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangesListWhatChangedInAPeriodAndNothingOutsideIt()
    {
        var response = await _api.QueryAsync("""
            { in2025: changes(since: "2025-01-01", until: "2025-12-31") { date kind target { id } summary }
              in2024: changes(since: "2024-01-01", until: "2024-12-31") { kind } }
            """);
        var change = Assert.Single(response["data"]!["in2025"]!.AsArray())!;
        Assert.Equal(("2025-06-01", "AMENDED", "kw/law/2013/106#art_3"),
            (change["date"]!.GetValue<string>(), change["kind"]!.GetValue<string>(), change["target"]!["id"]!.GetValue<string>()));
        Assert.Equal("The new wording.", change["summary"]!.GetValue<string>());
        Assert.Empty(response["data"]!["in2024"]!.AsArray());
    }

    [Fact]
    public async Task GetWithAQueryStringAnswersToo()
    {
        var body = await _api.CreateClient().GetStringAsync("/graphql?query=" + Uri.EscapeDataString("{ node(id: \"org/test-fiu\") { id } }"));
        Assert.Equal("org/test-fiu", JsonNode.Parse(body)!["data"]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQueryNestedDeeperThanTheLimitIsRefusedWithACodeAndTheServerKeepsAnswering()
    {
        var deep = "{ node(id: \"org/test-fiu\") { " + string.Concat(Enumerable.Repeat("relations { node { ", 8)) + "id" + new string('}', 17) + " }";
        var refused = await _api.QueryAsync(deep);
        Assert.Null(refused["data"]?["node"]);
        Assert.NotNull(Code(refused));
        Assert.Contains("depth", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        var after = await _api.QueryAsync("""{ node(id: "org/test-fiu") { id } }""");
        Assert.Equal("org/test-fiu", after["data"]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQueryThatWouldCostTooMuchIsRefusedWithACode()
    {
        var expensive = "{ nodes(first: 200) { nodes { relations { node { relations { node { relations { node { relations { node { id } } } } } } } } } } }";
        Assert.Equal("COMPLEXITY", Code(await _api.QueryAsync(expensive)));
    }

    [Theory]
    [InlineData("{ node(id: \"Not An Id\") { id } }", "INVALID_ID")]
    [InlineData("{ instruments(after: \"not a cursor!\") { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ instruments(first: 100000) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ node(id: \"org/test-fiu\") { nosuchfield } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ node(id: ", "SYNTAX_ERROR")]
    public async Task BadQueriesGetAnErrorWithACode(string query, string code) =>
        Assert.Equal(code, Code(await _api.QueryAsync(query)));

    [Fact]
    public async Task ABodyThatIsNotJsonGetsABadRequestWithACode()
    {
        using var response = await _api.CreateClient().PostAsync("/graphql", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
    }

    [Fact]
    public async Task HealthAndReadinessAnswer()
    {
        var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = JsonNode.Parse(await client.GetStringAsync("/readyz"))!;
        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        Assert.Contains("serving", ready["checks"]![0]!["reason"]!.GetValue<string>());
    }
}
