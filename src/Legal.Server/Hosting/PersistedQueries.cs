using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

/// <summary>
/// Automatic persisted queries as Apollo sends them: <c>extensions.persistedQuery = {version: 1, sha256Hash}</c>.
/// A hash alone is looked up (unknown: <c>PersistedQueryNotFound</c>, and the client resends with the query); a hash with
/// its query is checked against it and remembered. The store is bounded, so clients cannot fill memory with it.
/// </summary>
public sealed class PersistedQueries
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotFoundMessage = "PersistedQueryNotFound";
    private const string Extension = "persistedQuery";

    private readonly BoundedCache<string, string> _queries = new(maxEntries: 10_000, maxWeight: 64L << 20, weigh: q => q.Length * 2L);

    /// <summary>The request with its query filled in from the store, or as sent when it names no persisted query.</summary>
    public GraphQLRequest Resolve(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue(Extension, out var value) != true) return request;
        if (value is not IDictionary<string, object?> persisted) throw new GraphQLHttpRequestException("'extensions.persistedQuery' must be an object {version: 1, sha256Hash}");
        if (!persisted.TryGetValue("version", out var version) || version is not (int or long) || Convert.ToInt64(version) != 1)
        {
            throw new GraphQLHttpRequestException("'extensions.persistedQuery.version' must be 1, the only version of automatic persisted queries");
        }
        if (!persisted.TryGetValue("sha256Hash", out var given) || given is not string hash || hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            throw new GraphQLHttpRequestException("'extensions.persistedQuery.sha256Hash' must be the query's SHA-256 in 64 hex digits");
        }
        hash = hash.ToLowerInvariant();
        if (request.Query is { } query)
        {
            if (Sha256(query) != hash) throw new GraphQLHttpRequestException("'extensions.persistedQuery.sha256Hash' is not the SHA-256 of 'query'");
            _queries.Add(hash, query);
            return request;
        }
        if (!_queries.TryGet(hash, out var known)) throw new GraphQLHttpRequestException(NotFoundMessage, NotFoundCode);
        request.Query = known;
        return request;
    }

    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
