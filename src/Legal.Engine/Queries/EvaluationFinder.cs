using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// A country's standing with the FATF: the events about the country that the FATF or MENAFATF organised (mutual
/// evaluations and listings for increased monitoring), oldest first, in three batched calls.
/// </summary>
public sealed class EvaluationFinder(ILegalGraph graph)
{
    // The standard-setter and Kuwait's regional body; a joint evaluation is organised by both.
    private static readonly HashSet<NodeId> Assessors = [NodeId.Parse("org/fatf"), NodeId.Parse("org/menafatf")];
    private static readonly HashSet<RelationKind> About = [RelationKind.About];
    private static readonly HashSet<RelationKind> Context = [RelationKind.OrganisedBy, RelationKind.About];

    public async Task<IReadOnlyList<Evaluation>> FindAsync(NodeId country, CancellationToken ct = default)
    {
        var about = (await graph.RelationsAsync([country], Direction.In, About, ct)).Select(e => e.From).ToHashSet();
        var events = (await graph.GetManyAsync(about, ct)).Values.Where(n => n.Kind == NodeKind.Event).ToList();
        var relations = (await graph.RelationsAsync(events.Select(e => e.Id).ToList(), Direction.Out, Context, ct)).ToLookup(e => (e.From, e.Type), e => e.To);
        return events
            .Select(e => new Evaluation(e,
                relations[(e.Id, RelationKind.OrganisedBy)].Where(Assessors.Contains).Order(Ordinal).ToList(),
                relations[(e.Id, RelationKind.About)].Where(about.Contains).Order(Ordinal).ToList()))
            .Where(e => e.Assessors.Count > 0)
            .OrderBy(e => e.Event.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(e => e.Event.Id.ToString(), StringComparer.Ordinal)
            .ToList();
    }

    private static readonly IComparer<NodeId> Ordinal = Comparer<NodeId>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
}
