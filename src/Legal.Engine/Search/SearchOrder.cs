using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Search;

/// <summary>
/// The final order of a search, the same in every store: what the query cites comes first, in the order cited; then
/// the text matches, each store's text score times <see cref="SearchPolicy.Weight(Node)"/>, best first, ties by id.
/// </summary>
public static class SearchOrder
{
    /// <summary>How far above the best text match a cited node scores, so that its score still reads as a rank.</summary>
    public const float CitedAbove = 2f;

    public static IReadOnlyList<(Node Node, float Score)> Rank(IEnumerable<(Node Node, float TextScore)> matches, IReadOnlyList<Node> cited)
    {
        var weighed = matches.Select(m => (m.Node, Score: m.TextScore * SearchPolicy.Weight(m.Node)))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Node.Id.ToString(), StringComparer.Ordinal).ToList();
        var top = (weighed.Count > 0 ? weighed[0].Score : 1f) * CitedAbove;
        var first = cited.DistinctBy(n => n.Id).Select((node, i) => (node, Score: top / (1 + i * 0.01f))).ToList();
        var citedIds = first.Select(c => c.node.Id).ToHashSet();
        return first.Concat(weighed.Where(m => !citedIds.Contains(m.Node.Id))).Take(SearchPolicy.MaxHits).ToList();
    }

    /// <summary>Whether a node may be a hit for a query limited to some kinds; topics, the vocabulary, only when asked for.</summary>
    public static bool Admits(NodeKind kind, IReadOnlySet<NodeKind>? kinds) => kinds is { Count: > 0 } ? kinds.Contains(kind) : kind != NodeKind.Topic;
}
