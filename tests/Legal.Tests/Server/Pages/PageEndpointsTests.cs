using System.Net;

namespace Legal.Tests.Server.Pages;

/// <summary>The pages through the HTTP pipeline, without a browser: status codes, headers and what the HTML says.</summary>
public sealed class PageEndpointsTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;
    private readonly HttpClient _client;

    public PageEndpointsTests(FixtureCorpusFolder corpus)
    {
        _api = new LegalApiFactory(corpus.Path);
        _client = _api.CreateClient(new() { AllowAutoRedirect = false });
    }

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/nodes/org/nothing")]
    [InlineData("/instruments/kw/law/1999/1")]
    [InlineData("/instruments/org/test-fiu")]
    [InlineData("/instruments/Not An Id")]
    [InlineData("/no/such/page")]
    [InlineData("/trace?from=org/nothing")]
    public async Task AnAddressThatNamesNothingAnswers404WithAPage(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ABrowserGetsThePageCompressedUnderItsOwnETag()
    {
        using var plain = await _client.GetAsync("/instruments/kw/law/2013/106");
        using var compressed = await Hosting.CodedRequests.GetAsync(_client, "/instruments/kw/law/2013/106", "gzip, deflate, br, zstd");

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await Hosting.CodedRequests.DecodedAsync(compressed));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        using var again = await Hosting.CodedRequests.GetAsync(_client, "/instruments/kw/law/2013/106", "br", compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/register")]
    [InlineData("/no/such/page")]
    public async Task EveryPageSaysItsCodingFollowsAcceptEncoding(string path)
    {
        using var response = await Hosting.CodedRequests.GetAsync(_client, path, "gzip");
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task AnInstrumentAskedForAsANodeIsSentToItsInstrumentPage()
    {
        using var response = await _client.GetAsync("/nodes/kw/law/2013/106");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/instruments/kw/law/2013/106", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task PagesForbidInlineAndForeignScriptsAndSniffing()
    {
        using var response = await _client.GetAsync("/instruments/kw/law/2013/106");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSearchQueryIsEchoedAsText()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("\"><script>alert(1)</script>"));
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task AnAsOfThatIsNotADateIsRefusedWithAMessage()
    {
        using var response = await _client.GetAsync("/instruments/kw/law/2013/106?asOf=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Not a date; write it as YYYY-MM-DD.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/trace?from=Not%20An%20Id", "Not an id")]
    [InlineData("/trace?from=obligation/kw/report&asOf=2024-13-01", "Not a date")]
    [InlineData("/curriculum?topic=unit&asOf=soon", "Not a date")]
    [InlineData("/search?q=unit&after=not-a-cursor", "is not a cursor")]
    public async Task ABadRequestIsRefusedWithAMessageOnThePage(string path, string message)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheChosenLanguageIsRememberedForTheNextPage()
    {
        using var chosen = await _client.GetAsync("/?lang=ar");
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("lang=ar", cookie);

        using var next = new HttpRequestMessage(HttpMethod.Get, "/nodes/org/test-fiu");
        next.Headers.Add("Cookie", "lang=ar");
        var html = await (await _client.SendAsync(next)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("<h1>وحدة الاختبار</h1>", html);
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/curriculum?audience=bank+staff&topic=")]
    public async Task ASearchPastItsLimitsAnswers400WithAPageAndItsHeaders(string address)
    {
        using var response = await _client.GetAsync(address + string.Join('+', Enumerable.Repeat("fund", 1_100)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>", page);
        Assert.Contains("at most", page);
    }
}
