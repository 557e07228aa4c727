using System.Net;
using Legal.Server.Hosting;

namespace Legal.Tests.Server.Hosting;

/// <summary>A browser that accepts compression gets the stylesheet and the explorer's scripts compressed; others get the files.</summary>
public sealed class StaticFileCodingsTests(FixtureCorpusFolder corpus) : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api = new(corpus.Path);

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/assets/site.css", "br", "text/css")]
    [InlineData("/vendor/graphiql/graphiql.min.js", "gzip", "text/javascript")]
    public async Task ATextFileGoesOutCompressedToAClientThatAcceptsItUnderItsOwnETag(string path, string coding, string mediaType)
    {
        var client = _api.CreateClient();
        using var plain = await client.GetAsync(path);
        using var compressed = await CodedRequests.GetAsync(client, path, coding);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(mediaType, compressed.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length < (await plain.Content.ReadAsByteArrayAsync()).Length / 2);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await CodedRequests.DecodedAsync(compressed));

        using var again = await CodedRequests.GetAsync(client, path, coding, compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task AFontGoesOutAsItIs()
    {
        var client = _api.CreateClient();
        var font = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "wwwroot", "vendor"), "*.woff2", SearchOption.AllDirectories).First();
        var path = "/" + Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "wwwroot"), font).Replace('\\', '/');
        using var response = await CodedRequests.GetAsync(client, path, "br");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
