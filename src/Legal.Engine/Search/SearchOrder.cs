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

    /// <summary>A national rule that scores at least this share of the standard it carries out ranks just above it.</summary>
    public const float CarriesOutShare = 0.1f;

    /// <summary>
    /// <paramref name="carriedOutBy"/> gives, for a standard or resolution among the matches, the national rules that
    /// carry it out (relations in <see cref="CarryingOut"/>); a store passes what it knows of them.
    /// </summary>
    public static IReadOnlyList<(NodeId Id, float Score)> Rank(IEnumerable<(NodeId Id, NodeKind Kind, float TextScore)> matches, IReadOnlyList<NodeId> cited,
        Func<NodeId, IEnumerable<NodeId>> carriedOutBy)
    {
        var scores = matches.ToDictionary(m => m.Id, m => (m.Kind, Score: m.TextScore * SearchPolicy.Weight(m.Id, m.Kind)));
        // The national rule above the standard it carries out, when it answers the query too.
        foreach (var (id, (kind, score)) in scores.Where(s => s.Value.Kind is NodeKind.Standard or NodeKind.UnResolution).ToList())
        {
            foreach (var rule in carriedOutBy(id))
            {
                if (scores.TryGetValue(rule, out var national) && national.Score < score && national.Score >= score * CarriesOutShare)
                {
                    scores[rule] = (national.Kind, score * 1.01f);
                }
            }
        }
        var weighed = scores.Select(s => (Id: s.Key, s.Value.Score)).OrderByDescending(m => m.Score).ThenBy(m => m.Id.ToString(), StringComparer.Ordinal).ToList();
        var top = (weighed.Count > 0 ? weighed[0].Score : 1f) * CitedAbove;
        var first = cited.Distinct().Select((id, i) => (Id: id, Score: top / (1 + i * 0.01f))).ToList();
        var citedIds = first.Select(c => c.Id).ToHashSet();
        return first.Concat(weighed.Where(m => !citedIds.Contains(m.Id))).Take(SearchPolicy.MaxHits).ToList();
    }

    /// <summary>Whether a node may be a hit for a query limited to some kinds; topics, the vocabulary, only when asked for.</summary>
    public static bool Admits(NodeKind kind, IReadOnlySet<NodeKind>? kinds) => kinds is { Count: > 0 } ? kinds.Contains(kind) : kind != NodeKind.Topic;
}
