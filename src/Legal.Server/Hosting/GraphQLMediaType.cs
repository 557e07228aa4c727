using Microsoft.Net.Http.Headers;

namespace Legal.Server.Hosting;

/// <summary>
/// The response media types of GraphQL over HTTP, chosen from the request's <c>Accept</c>. The spec's own type,
/// <c>application/graphql-response+json</c>, lets status codes speak (400 for a request that could not run);
/// <c>application/json</c>, the default for a missing Accept or <c>*/*</c>, answers 200 whenever a GraphQL result is sent.
/// </summary>
public static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>The media type to answer in, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            var type = range.MediaType.Value;
            var offered = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            // At equal quality the spec's own type wins: a client naming it knows what it means.
            if (offered is null || quality <= 0 || quality < bestQuality || (quality == bestQuality && best == GraphQLResponse)) continue;
            (best, bestQuality) = (offered, quality);
        }
        return best;
    }

    public static string WithCharset(string mediaType) => $"{mediaType}; charset=utf-8";
}
