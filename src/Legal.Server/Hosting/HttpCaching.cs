using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Legal.Engine;
using Microsoft.Net.Http.Headers;

namespace Legal.Server.Hosting;

/// <summary>
/// HTTP validation caching keyed by the corpus version: an answer changes only when the corpus is reloaded (or the day
/// changes, since undated questions read the law as of today), so the ETag is a hash of the version, the load's compile
/// time, today's date and what was asked. A client repeating a GET with <c>If-None-Match</c> gets 304 without the server
/// running the query. Caches may store answers but must revalidate (<c>no-cache</c>): a reload can come at any time.
/// </summary>
public static class HttpCaching
{
    public const string CacheControl = "public, no-cache";

    /// <summary>The ETag for a request, or null when the store cannot vouch for its content (Neo4j: no caching).</summary>
    public static string? ETagFor(CorpusVersion version, string request)
    {
        if (!version.IsKnown) return null;
        var key = string.Join('\n', version.Hash, version.CompiledAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request);
        return ETagOf(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>A strong ETag naming these bytes: the first 18 bytes of their SHA-256, in base64url.</summary>
    public static string ETagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return $"\"{Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_')}\"";
    }

    /// <summary>
    /// The ETag of the answer as sent in a coding: a compressed answer is another representation, so it needs a tag of its
    /// own (RFC 9110 §8.8.3), or a cache could pair a client's gzip copy with a Brotli 304.
    /// </summary>
    public static string? InCoding(string? etag, ContentCoding coding) =>
        etag is null || coding.Token() is not { } token ? etag : $"{etag[..^1]}.{token}\"";

    /// <summary>Sets the validators on the response; true when the client's copy is current and 304 should answer.</summary>
    public static bool IsNotModified(HttpContext http, string? etag)
    {
        if (etag is null) return false;
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    public static IResult NotModified() => Results.StatusCode(StatusCodes.Status304NotModified);
}
