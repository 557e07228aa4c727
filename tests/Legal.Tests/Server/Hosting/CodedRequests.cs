using System.IO.Compression;
using System.Net.Http.Headers;
using Legal.Server.Hosting;

namespace Legal.Tests.Server.Hosting;

/// <summary>Requests as a client that accepts compression sends them, and their bodies decoded as such a client reads them.</summary>
internal static class CodedRequests
{
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string acceptEncoding, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var ask = new HttpRequestMessage(HttpMethod.Get, path);
        ask.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) ask.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(ask);
    }

    /// <summary>The body as sent, decoded by its Content-Encoding (br or gzip), or as it is when it has none.</summary>
    public static async Task<byte[]> DecodedAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            null => bytes,
            "br" => Decode(bytes, ContentCoding.Brotli),
            "gzip" => Decode(bytes, ContentCoding.Gzip),
            var other => throw new InvalidOperationException($"unexpected Content-Encoding {other}"),
        };
    }

    public static byte[] Decode(byte[] bytes, ContentCoding coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = coding == ContentCoding.Brotli
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
