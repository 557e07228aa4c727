using Legal.Model.Ids;

namespace Legal.Model;

/// <summary>Two or more claims on the same field of a node that do not agree.</summary>
public sealed record Dispute(NodeId Node, string Field, IReadOnlyList<Claim> Claims)
{
    /// <summary>Every field of these nodes with claims that disagree, ordered by node id, then field (ordinal).</summary>
    public static IReadOnlyList<Dispute> Among(IEnumerable<Node> nodes) => nodes
        .SelectMany(n => n.Claims.GroupBy(c => c.Field).Select(g => (Node: n.Id, Field: g.Key, Claims: g.ToList())))
        .Where(g => g.Claims.Select(c => c.Value).Distinct().Count() > 1)
        .OrderBy(g => g.Node.ToString(), StringComparer.Ordinal).ThenBy(g => g.Field, StringComparer.Ordinal)
        .Select(g => new Dispute(g.Node, g.Field, g.Claims))
        .ToList();
}
