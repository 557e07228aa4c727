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

    /// <summary>The relations by which a national rule carries out a standard or resolution (from the rule to the standard).</summary>
    public static readonly IReadOnlySet<RelationKind> CarryingOut = new HashSet<RelationKind> { RelationKind.Implements, RelationKind.GivesEffectTo, RelationKind.MapsTo };

    /// <summary>A national rule that matches at least this share of the standard it carries out ranks just above it.</summary>
    public const float CarriesOutShare = 0.25f;

    /// <summary>
    /// <paramref name="carriedOutBy"/> gives, for a standard or resolution among the matches, the national rules that
    /// carry it out (relations in <see cref="CarryingOut"/>); a store passes what it knows of them.
    /// </summary>
    public static IReadOnlyList<(Node Node, float Score)> Rank(IEnumerable<(Node Node, float TextScore)> matches, IReadOnlyList<Node> cited,
        Func<NodeId, IEnumerable<NodeId>> carriedOutBy)
    {
        var scores = matches.ToDictionary(m => m.Node.Id, m => (m.Node, Score: m.TextScore * SearchPolicy.Weight(m.Node)));
        // The national rule above the standard it carries out, when it answers the query too.
        foreach (var standard in scores.Values.Where(s => s.Node.Kind is NodeKind.Standard or NodeKind.UnResolution).ToList())
        {
            foreach (var rule in carriedOutBy(standard.Node.Id))
            {
                if (scores.TryGetValue(rule, out var national) && national.Score < standard.Score && national.Score >= standard.Score * CarriesOutShare)
                {
                    scores[rule] = (national.Node, standard.Score * 1.01f);
                }
            }
        }
        var weighed = scores.Values.OrderByDescending(m => m.Score).ThenBy(m => m.Node.Id.ToString(), StringComparer.Ordinal).ToList();
        var top = (weighed.Count > 0 ? weighed[0].Score : 1f) * CitedAbove;
        var first = cited.DistinctBy(n => n.Id).Select((node, i) => (node, Score: top / (1 + i * 0.01f))).ToList();
        var citedIds = first.Select(c => c.node.Id).ToHashSet();
        return first.Concat(weighed.Where(m => !citedIds.Contains(m.Node.Id))).Take(SearchPolicy.MaxHits).ToList();
    }

    /// <summary>Whether a node may be a hit for a query limited to some kinds; topics, the vocabulary, only when asked for.</summary>
    public static bool Admits(NodeKind kind, IReadOnlySet<NodeKind>? kinds) => kinds is { Count: > 0 } ? kinds.Contains(kind) : kind != NodeKind.Topic;
}
