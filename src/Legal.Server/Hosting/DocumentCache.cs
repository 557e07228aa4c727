using GraphQLParser.AST;

namespace Legal.Server.Hosting;

/// <summary>
/// Parsed documents that passed validation, by query text. graphql-dotnet treats a document handed to it as cached and
/// validates it only with <c>CachedDocumentValidationRules</c> (the cost limit, which depends on variables), so a repeated
/// query is neither parsed nor validated again. The schema never changes while the process runs, so nothing goes stale.
/// </summary>
public sealed class DocumentCache
{
    private readonly BoundedCache<string, GraphQLDocument> _documents = new(maxEntries: 2_000, maxWeight: 32L << 20, weigh: d => (d.Source.Length * 8L) + 1024);

    public GraphQLDocument? Get(string query) => _documents.TryGet(query, out var document) ? document : null;

    public void Add(string query, GraphQLDocument document) => _documents.Add(query, document);
}
