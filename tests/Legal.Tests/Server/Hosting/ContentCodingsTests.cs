using Legal.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace Legal.Tests.Server.Hosting;

/// <summary>A client gets the coding its Accept-Encoding prefers among Brotli and gzip, and the plain bytes when it names neither.</summary>
public sealed class ContentCodingsTests
{
    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("GZIP", ContentCoding.Gzip)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("gzip, deflate", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.5, br;q=0.4", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("br;q=0, *", ContentCoding.Gzip)]
    [InlineData("gzip;q=0, br;q=0", ContentCoding.Identity)]
    public void TheClientsPreferenceDecides(string? acceptEncoding, ContentCoding expected)
    {
        var http = new DefaultHttpContext();
        if (acceptEncoding is not null) http.Request.Headers.AcceptEncoding = acceptEncoding;
        Assert.Equal(expected, ContentCodings.Negotiate(http.Request));
    }

    [Theory]
    [InlineData(ContentCoding.Gzip)]
    [InlineData(ContentCoding.Brotli)]
    public void ACompressedAnswerDecompressesToTheSameBytes(ContentCoding coding)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("غسل الأموال وتمويل الإرهاب ", 200)));
        var compressed = ContentCodings.Compress(body, coding);
        Assert.True(compressed.Length < body.Length / 4);
        Assert.Equal(body, CodedRequests.Decode(compressed, coding));
    }
}
