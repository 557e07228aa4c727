using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// A country's mutual evaluation or listing, as the event records it: who assessed it, its technical-compliance and
/// effectiveness totals, its ratings by Recommendation where a source gives them, the action-plan items set, and the
/// earlier events it follows from (a listing follows an evaluation).
/// </summary>
public sealed record Evaluation(Node Event, IReadOnlyList<NodeId> Assessors, IReadOnlyList<NodeId> FollowsFrom)
{
    public IReadOnlyDictionary<string, Figure> TechnicalCompliance => Totals("tc_");

    public IReadOnlyDictionary<string, Figure> Effectiveness => Totals("io_");

    private IReadOnlyDictionary<string, Figure> Totals(string prefix) =>
        Event.Figures.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(f => f.Key[prefix.Length..], f => f.Value);
}
