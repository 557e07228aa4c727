using System.Net;
using System.Text.Json.Nodes;

namespace Legal.Tests.Server.Hosting;

/// <summary>The server configured for a Neo4j that is not there (a closed local port): it runs, says why it is not ready, and fails fast.</summary>
public sealed class StoreUnavailableResponsesTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public StoreUnavailableResponsesTests(FixtureCorpusFolder corpus) =>
        _api = new LegalApiFactory(corpus.Path, new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://127.0.0.1:1" });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ReadinessSaysNotReadyAndThatNeo4jCannotBeReached()
    {
        using var response = await _api.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var check = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]![0]!;
        Assert.Equal(("neo4j", "Unhealthy"), (check["name"]!.GetValue<string>(), check["status"]!.GetValue<string>()));
        Assert.Contains("http://127.0.0.1:1", check["reason"]!.GetValue<string>());
        Assert.Contains("cannot reach Neo4j", check["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task LivenessStillAnswers()
    {
        using var response = await _api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AQueryFailsWithTheStoreUnavailableCodeWithoutNamingTheStoresAddress()
    {
        var response = await _api.QueryAsync("""{ instrument(id: "kw/law/2013/106") { id } }""");

        var error = response["errors"]![0]!;
        Assert.Equal("STORE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["STORE_UNAVAILABLE"], error["extensions"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.DoesNotContain("127.0.0.1", error["message"]!.GetValue<string>());
        Assert.Null(response["data"]!["instrument"]);
    }

    [Fact]
    public async Task APageAnswersServiceUnavailableAskingToRetry()
    {
        using var response = await _api.CreateClient().GetAsync("/instruments/kw/law/2013/106");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        // Answering 503 clears the response; the security headers must survive that.
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task TheSchemaIsStillServed()
    {
        using var response = await _api.CreateClient().GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
