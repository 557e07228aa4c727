using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Legal.Embedded;
using Legal.Server.Hosting;
using Legal.Tests.Server.Pages;
using Microsoft.Extensions.DependencyInjection;

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

    private HttpRequestMessage Post(string query, string? accept = null, object? extensions = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (extensions is not null) body["extensions"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extensions));
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static string GetUrl(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    [GraphQLClientsFact]
    public void GraphQLHttpsAuditPassesEveryMustShouldAndMay()
    {
        using var server = new LiveServer(Fixtures.ShippedCorpus());
        var (exit, output) = GraphQLClients.Node("audit.mjs", server.BaseUrl + "/graphql");
        Assert.True(exit == 0, output);
        Assert.Contains(", 0 not ok", output);
    }

    [Fact]
    public async Task ArabicTravelsAsUtf8NotAsEscapes()
    {
        using var response = await _api.CreateClient().SendAsync(Post("""{ instrument(id: "kw/law/2013/106") { title(lang: AR) } }"""));
        var raw = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(raw);
        Assert.Contains("قانون الاختبار", text);
        Assert.DoesNotContain("\\u06", text);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData("{ __typename }", 200)]
    [InlineData("{ nosuchfield }", 200)]
    [InlineData("{ node(id: ", 200)]
    public async Task EveryAnswerCarriesTheCorpusReceipt(string query, int status)
    {
        using var response = await _api.CreateClient().SendAsync(Post(query));
        Assert.Equal(status, (int)response.StatusCode);
        var receipt = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["extensions"]!["corpus"]!;
        Assert.Matches("^[0-9a-f]{64}$", receipt["version"]!.GetValue<string>());
        Assert.NotNull(receipt["compiledAt"]);
        var field = (await _api.QueryAsync("{ corpus { version nodes relations } }"))["data"]!["corpus"]!;
        Assert.Equal(receipt["version"]!.GetValue<string>(), field["version"]!.GetValue<string>());
        Assert.True(field["nodes"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task ARequestThatIsNotJsonStillCarriesTheReceipt()
    {
        using var response = await _api.CreateClient().PostAsync("/graphql", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["extensions"]!["corpus"]!["version"]);
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task TheAnswerIsInTheMediaTypeAccepted(string accept, string expected)
    {
        using var response = await _api.CreateClient().SendAsync(Post("{ __typename }", accept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AClientAcceptingNeitherJsonTypeGets406()
    {
        using var response = await _api.CreateClient().SendAsync(Post("{ __typename }", "text/csv"));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("{ nosuchfield }")]
    [InlineData("{ node(id: ")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }")]
    public async Task UnderGraphQLResponseJsonARequestThatCannotRunIs400WithoutData(string query)
    {
        using var response = await _api.CreateClient().SendAsync(Post(query, "application/graphql-response+json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.False(body.ContainsKey("data"));
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task APostWithoutJsonContentTypeIs415()
    {
        using var response = await _api.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RepeatingAGetWithItsETagAnswers304()
    {
        var client = _api.CreateClient();
        var url = GetUrl("""{ instrument(id: "kw/law/2013/106") { title } }""");
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task AClientThatAcceptsCompressionGetsTheSameAnswerCompressedUnderItsOwnETag(string acceptEncoding, string coding)
    {
        var client = _api.CreateClient();
        var url = GetUrl("""{ instrument(id: "kw/law/2013/106") { markdown(lang: AR) html(lang: EN) } }""");
        using var plain = await client.GetAsync(url);
        using var compressed = await CodedRequests.GetAsync(client, url, acceptEncoding);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal((await compressed.Content.ReadAsByteArrayAsync()).Length, compressed.Content.Headers.ContentLength);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await CodedRequests.DecodedAsync(compressed));
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);

        // Each representation has its own validator, and revalidates under it.
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        using var again = await CodedRequests.GetAsync(client, url, acceptEncoding, compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task AReloadChangesTheETag()
    {
        var client = _api.CreateClient();
        var url = GetUrl("{ __typename }");
        var before = (await client.GetAsync(url)).Headers.ETag!.Tag;
        await Task.Delay(5); // the compile time, which the ETag includes, is kept to the millisecond
        Assert.True(_api.Services.GetRequiredService<GraphHolder>().Reload().Succeeded);
        var after = (await client.GetAsync(url)).Headers.ETag!.Tag;
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task HeadAnswersLikeGetWithoutABody()
    {
        var client = _api.CreateClient();
        foreach (var url in new[] { GetUrl("{ __typename }"), "/", "/instruments/kw/law/2013/106", "/nodes/org/test-fiu" })
        {
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {url}: {head.StatusCode}");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task PagesAreRevalidatedByETagToo()
    {
        var client = _api.CreateClient();
        using var first = await client.GetAsync("/instruments/kw/law/2013/106");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/instruments/kw/law/2013/106");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task PagesShowTheCorpusVersion()
    {
        var version = (await _api.QueryAsync("{ corpus { version } }"))["data"]!["corpus"]!["version"]!.GetValue<string>();
        Assert.Contains(version[..12], await _api.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task AMutationOverGetIs405()
    {
        using var response = await _api.CreateClient().GetAsync(GetUrl("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AutomaticPersistedQueriesWorkAsApolloSendsThem()
    {
        var client = _api.CreateClient();
        const string query = """{ instrument(id: "kw/law/2013/106") { id } }""";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        var byHash = "/graphql?extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(persisted));

        var unknown = JsonNode.Parse(await client.GetStringAsync(byHash))!;
        Assert.Equal("PersistedQueryNotFound", unknown["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(unknown));

        using var registered = await client.SendAsync(Post(query, extensions: persisted));
        Assert.Equal("kw/law/2013/106", JsonNode.Parse(await registered.Content.ReadAsStringAsync())!["data"]!["instrument"]!["id"]!.GetValue<string>());

        var known = JsonNode.Parse(await client.GetStringAsync(byHash))!;
        Assert.Equal("kw/law/2013/106", known["data"]!["instrument"]!["id"]!.GetValue<string>());
    }

    [GraphQLClientsFact]
    public void ApolloClientsPersistedQueryLinkRegistersOnceThenAsksByHash()
    {
        using var server = new LiveServer(Fixtures.ShippedCorpus());
        var (exit, output) = GraphQLClients.Node("apollo-apq.mjs", server.BaseUrl + "/graphql");
        Assert.True(exit == 0, output);
        var run = JsonNode.Parse(output)!;
        var exchanges = run["exchanges"]!.AsArray().Select(e => $"{e!["method"]} {e["status"]} {(e["byHashOnly"]!.GetValue<bool>() ? "hash" : "query")}").ToList();
        // Unknown hash, then the query with its hash, then the hash alone is enough.
        Assert.Equal(["GET 400 hash", "POST 200 query", "GET 200 hash"], exchanges);
        Assert.All(run["answers"]!.AsArray(), a => Assert.Equal("kw/law/2013/106", a!.GetValue<string>()));
    }

    [Fact]
    public async Task APersistedQueryWhoseHashIsNotItsQueryIsRefused()
    {
        var wrong = new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } };
        using var response = await _api.CreateClient().SendAsync(Post("{ __typename }", extensions: wrong));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AValidatedDocumentIsCachedAndAnInvalidOneIsNot()
    {
        var documents = _api.Services.GetRequiredService<DocumentCache>();
        const string valid = "{ instruments(first: 1) { totalCount } }";
        const string invalid = "{ instruments(first: 1) { nosuchfield } }";
        await _api.QueryAsync(valid);
        await _api.QueryAsync(invalid);
        var cached = documents.Get(valid);
        Assert.NotNull(cached);
        Assert.Null(documents.Get(invalid));
        var answer = await _api.QueryAsync(valid);
        Assert.True(answer["data"]!["instruments"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Same(cached, documents.Get(valid));
    }
}
