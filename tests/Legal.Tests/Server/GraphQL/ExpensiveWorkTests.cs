using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Legal.Server.GraphQL;
using Legal.Tests.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.GraphQL;

/// <summary>
/// While every expensive slot is taken and none may wait, an expensive request is refused with 429, Retry-After and the
/// BUSY code, in GraphQL and on the pages alike, and a cheap lookup is still answered.
/// </summary>
public sealed class ExpensiveWorkTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public ExpensiveWorkTests(FixtureCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path, new Dictionary<string, string?>
    {
        ["Limits:ExpensiveConcurrency"] = "1",
        ["Limits:ExpensiveQueue"] = "0",
        ["Limits:ExpensiveWait"] = "00:00:00.100",
    });

    public void Dispose() => _api.Dispose();

    private async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string query)
    {
        var response = await _api.CreateClient().PostAsJsonAsync("/graphql", new { query });
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task WithEverySlotTakenAnExpensiveQueryIsBusyAndACheapOneIsAnswered()
    {
        using var held = _api.Services.GetRequiredService<ExpensiveWork>().Limiter.AttemptAcquire();
        Assert.True(held.IsAcquired);

        var (busy, refusal) = await PostAsync("""{ search(query: "unit") { totalCount } }""");
        var (_, lookup) = await PostAsync("""{ node(id: "org/test-fiu") { id } }""");

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.Equal("BUSY", refusal["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("org/test-fiu", lookup["data"]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithEverySlotTakenAnExpensivePageIsRefusedWithRetryAfterAndItsHeaders()
    {
        using var held = _api.Services.GetRequiredService<ExpensiveWork>().Limiter.AttemptAcquire();

        using var response = await _api.CreateClient().GetAsync("/search?q=unit");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task OnceTheSlotIsFreeTheExpensiveQueryIsAnswered()
    {
        using (_api.Services.GetRequiredService<ExpensiveWork>().Limiter.AttemptAcquire())
        {
            await PostAsync("""{ search(query: "unit") { totalCount } }""");
        }

        var (response, body) = await PostAsync("""{ search(query: "unit") { totalCount } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
    }
}
