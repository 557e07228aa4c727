using Microsoft.Net.Http.Headers;

namespace Legal.Server.Hosting;

/// <summary>
/// An answer's bytes as made, with its compressed forms, each made the first time a client asks for it and kept beside it.
/// A form is kept only when it is at most half the size of the plain bytes (otherwise, and under 1 kB, where the headers
/// outweigh the saving, the plain bytes go out), so an answer never weighs more than twice its plain size.
/// </summary>
public sealed class AnswerBody(byte[] body)
{
    private const int SmallestWorthCompressing = 1024;
    private byte[]? _gzip;
    private byte[]? _brotli;

    public byte[] Body { get; } = body;

    public long Weight => 2L * Body.Length;

    /// <summary>The bytes to send to a client that asked for <paramref name="wanted"/>, and the coding they are in.</summary>
    public (byte[] Bytes, ContentCoding Coding) In(ContentCoding wanted)
    {
        if (wanted == ContentCoding.Identity || Body.Length < SmallestWorthCompressing) return (Body, ContentCoding.Identity);
        ref var form = ref wanted == ContentCoding.Brotli ? ref _brotli : ref _gzip;
        // Two requests may make the same form at once; the coding is deterministic, so either copy will do.
        form ??= ContentCodings.Compress(Body, wanted) is var coded && coded.Length <= Body.Length / 2 ? coded : Body;
        return form == Body ? (Body, ContentCoding.Identity) : (form, wanted);
    }

    /// <summary>
    /// Writes the answer in the coding the client asked for, in one write, with its length and media type, and says in
    /// <c>Vary</c> that the coding follows <c>Accept-Encoding</c>, so that a shared cache never hands it to another client.
    /// </summary>
    public async Task WriteAsync(HttpContext http, string contentType, ContentCoding wanted)
    {
        var (bytes, coding) = In(wanted);
        if (!http.Response.Headers.Vary.ToString().Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }
        http.Response.ContentType = contentType;
        if (coding.Token() is { } token) http.Response.Headers.ContentEncoding = token;
        http.Response.ContentLength = bytes.Length;
        await http.Response.BodyWriter.WriteAsync(bytes, http.RequestAborted);
    }
}
