using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Legal.Engine;
using Legal.Tests.Server.Pages;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.Hosting;

/// <summary>
/// Refusals and faults are answered by the app, with the security headers on them, and for /graphql with a GraphQL
/// error body and a code: an oversized body, address or header block, and any unhandled exception.
/// </summary>
public sealed class FaultResponsesTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly FixtureCorpusFolder _corpus;
    private readonly LegalApiFactory _api;

    public FaultResponsesTests(FixtureCorpusFolder corpus) => (_corpus, _api) = (corpus, new LegalApiFactory(corpus.Path));

    public void Dispose() => _api.Dispose();

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static async Task<string?> Code(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task A31MegabyteBodyGetsACodedGraphQLErrorWithTheHeaders()
    {
        var body = new ByteArrayContent(new byte[31 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");

        using var response = await _api.CreateClient().PostAsync("/graphql", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("BODY_TOO_LARGE", await Code(response));
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task AnAddressPastTheLimitGets414WithTheHeaders()
    {
        using var response = await _api.CreateClient().GetAsync("/search?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task AHeaderBlockPastTheLimitGets431WithTheHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('a', 40_000));

        using var response = await _api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task OverKestrelTooTheAppAnswersTheOversizedRequestsWithTheHeaders()
    {
        using var server = new LiveServer(_corpus.Path);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var padded = new HttpRequestMessage(HttpMethod.Get, "/");
        padded.Headers.Add("X-Padding", new string('a', 40_000));
        var body = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");

        using var longAddress = await client.GetAsync("/search?q=" + new string('a', 10_000));
        using var bigHeaders = await client.SendAsync(padded);
        using var bigBody = await client.PostAsync("/graphql", body);

        Assert.Equal(
            (HttpStatusCode.RequestUriTooLong, HttpStatusCode.RequestHeaderFieldsTooLarge, HttpStatusCode.RequestEntityTooLarge),
            (longAddress.StatusCode, bigHeaders.StatusCode, bigBody.StatusCode));
        AssertSecurityHeaders(longAddress);
        AssertSecurityHeaders(bigHeaders);
        AssertSecurityHeaders(bigBody);
        Assert.Equal("BODY_TOO_LARGE", await Code(bigBody));
    }

    private sealed class BrokenStore : IGraphProvider
    {
        public ILegalGraph Current => throw new InvalidOperationException("a fault nobody expected");
    }

    private WebApplicationFactoryOf Broken() => new(_api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IGraphProvider>(new BrokenStore()))));

    private sealed class WebApplicationFactoryOf(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) : IDisposable
    {
        public HttpClient Client { get; } = factory.CreateClient();

        public void Dispose() => factory.Dispose();
    }

    [Fact]
    public async Task AnUnhandledFaultOnAPageIsA500WithTheHeadersAndNoStackTrace()
    {
        using var broken = Broken();

        using var response = await broken.Client.GetAsync("/nodes/org/test-fiu");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.DoesNotContain(" at ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnhandledFaultInGraphQLIsCodedAsInternalNotByTheExceptionsType()
    {
        using var broken = Broken();

        using var response = await broken.Client.PostAsync("/graphql",
            new StringContent("""{"query":"{ node(id: \"org/test-fiu\") { id } }"}""", Encoding.UTF8, "application/json"));

        var code = await Code(response);
        Assert.Contains(code, new[] { "INTERNAL_ERROR" });
        AssertSecurityHeaders(response);
    }
}
