using Legal.Corpus;
using Legal.Model.Ids;
using Legal.Model;
using Legal.Engine.References;
using Legal.Engine.Search;

namespace Legal.Engine;

public enum Direction { Out, In, Both }

/// <summary>Which nodes a listing wants, and which page of them.</summary>
public sealed record NodeQuery(IReadOnlySet<NodeKind>? Kinds = null, string? Jurisdiction = null, int First = 20, string? After = null);

/// <summary>One page of a listing: <see cref="EndCursor"/> is passed back as <c>after</c> for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor);

/// <summary>A full-text search: words in either language, optionally limited to one language's text and to some kinds.</summary>
public sealed record SearchQuery(string Text, Lang? Lang = null, IReadOnlySet<NodeKind>? Kinds = null, int First = 20, string? After = null);

/// <summary>A node that matched, how well, and a short passage with the matched words marked.</summary>
public sealed record SearchHit(Node Node, float Score, Snippet Snippet);

/// <summary>
/// The questions users ask of the graph, answered the same way by every store (embedded or Neo4j).
/// Methods are batched so that a store behind a network answers a GraphQL request in a bounded number of round trips.
/// </summary>
public interface ILegalGraph
{
    Task<IReadOnlyDictionary<NodeId, Node>> GetManyAsync(IReadOnlyCollection<NodeId> ids, CancellationToken ct = default);

    /// <summary>Relations touching any of the given nodes, in the given direction, optionally limited to some types.</summary>
    Task<IReadOnlyList<Relation>> RelationsAsync(IReadOnlyCollection<NodeId> ids, Direction direction, IReadOnlySet<RelationKind>? types = null, CancellationToken ct = default);

    Task<Page<Node>> ListAsync(NodeQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<Dispute>> DisputesAsync(CancellationToken ct = default);

    /// <summary>Nodes whose titles, aliases, summaries or official text match, best first; Arabic folded by <c>ArabicNormalizer</c>.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>The instruments, resolutions, institutions and frameworks a text names, with their spans (see <c>ReferenceExtractor</c>).</summary>
    Task<IReadOnlyList<Reference>> ExtractReferencesAsync(string text, CancellationToken ct = default);

    /// <summary>Amendments, insertions, commencements and repeals that may fall between two dates, in date order.</summary>
    Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default);
}

public static class LegalGraphExtensions
{
    public static async Task<Node?> GetAsync(this ILegalGraph graph, NodeId id, CancellationToken ct = default) =>
        (await graph.GetManyAsync([id], ct)).GetValueOrDefault(id);

    /// <summary>Every provision under a node, at any depth, in document order: one batched call per level.</summary>
    public static async Task<IReadOnlyList<Node>> DescendantsAsync(this ILegalGraph graph, NodeId id, CancellationToken ct = default)
    {
        var found = new List<Node>();
        var frontier = new List<NodeId> { id };
        while (frontier.Count > 0)
        {
            var relations = await graph.RelationsAsync(frontier, Direction.In, new HashSet<RelationKind> { RelationKind.PartOf }, ct);
            var level = await graph.GetManyAsync(relations.Select(e => e.From).ToList(), ct);
            found.AddRange(level.Values);
            frontier = level.Keys.ToList();
        }
        return found.OrderBy(n => n.Order).ToList();
    }
}
