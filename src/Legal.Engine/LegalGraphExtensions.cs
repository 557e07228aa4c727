using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

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
