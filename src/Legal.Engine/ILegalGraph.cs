using Legal.Engine.References;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

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

    /// <summary>
    /// Every citation a text makes, resolved or not, structured and checked (see <c>ReferenceExtractor.Cite</c>):
    /// a foreign citation is recognised as foreign and never resolves to a Kuwaiti node.
    /// </summary>
    Task<IReadOnlyList<Citation>> CitationsAsync(string text, CancellationToken ct = default);

    /// <summary>Amendments, insertions, commencements and repeals that may fall between two dates, in date order.</summary>
    Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default);
}
