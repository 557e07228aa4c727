using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Server.Pages;

/// <summary>Where an instrument stands on a day, as its status box says.</summary>
internal enum StatusKind { NotYetInForce, InForce, Repealed, Unknown }

/// <summary>
/// Every question the pages ask about an instrument's life, answered in one place: its status on a day, its dates, what
/// amended or repealed it, its points in time and how far our knowledge of its changes reaches. Built from the node's
/// status by the graph's one in-force rule (<see cref="InForce"/>), its provisions' versions, the AMENDS and REPEALS
/// relations and its stated "known up to" day.
/// </summary>
internal sealed record InstrumentStatus(
    StatusKind Kind,
    PartialDate? Issued,
    PartialDate? InForceFrom,
    PartialDate? InForceUntil,
    IReadOnlyList<Node> RepealedBy,
    IReadOnlyList<Node> AmendedBy,
    IReadOnlyList<Node> Repeals,
    IReadOnlyList<Node> Amends,
    IReadOnlyList<PointInTime> Timeline,
    PartialDate? KnownUpTo)
{
    public static readonly HashSet<RelationKind> LifeRelations = [RelationKind.Amends, RelationKind.Repeals];

    /// <summary>The statuses of many instruments at once (the home page's list): one relation call and one node call.</summary>
    public static async Task<IReadOnlyDictionary<NodeId, InstrumentStatus>> ForManyAsync(ILegalGraph graph, IReadOnlyList<Node> instruments, DateOnly day, CancellationToken ct)
    {
        var ids = instruments.Select(i => i.Id).ToList();
        var relations = await graph.RelationsAsync(ids, Direction.Both, LifeRelations, ct);
        var named = await graph.GetManyAsync(relations.SelectMany(r => new[] { r.From.WorkId, r.To.WorkId }).ToHashSet(), ct);
        return instruments.ToDictionary(i => i.Id, i => From(i, [], relations, named.GetValueOrDefault, day));
    }

    /// <summary>
    /// The status from the node, its provisions and the relations touching it or them. An instrument that another repeals,
    /// or whose in-force period has ended, is repealed; one whose start is still to come is not yet in force; one with
    /// neither is in force, with a start that may be unknown (the box then says so).
    /// </summary>
    public static InstrumentStatus From(Node instrument, IReadOnlyList<Node> provisions, IReadOnlyList<Relation> relations, Func<NodeId, Node?> lookup, DateOnly day)
    {
        var work = instrument.Id.WorkId;
        Node[] Works(Func<Relation, bool> which, Func<Relation, NodeId> end) => relations.Where(which).Select(end)
            .Select(id => id.WorkId).Where(id => id != work).Distinct().Select(lookup).OfType<Node>()
            .OrderBy(n => n.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(n => n.Id.ToString(), StringComparer.Ordinal).ToArray();
        var repealedBy = Works(r => r.Type == RelationKind.Repeals && r.To.WorkId == work, r => r.From);
        var amendedBy = Works(r => r.Type == RelationKind.Amends && r.To.WorkId == work, r => r.From);
        var repeals = Works(r => r.Type == RelationKind.Repeals && r.From.WorkId == work, r => r.To);
        var amends = Works(r => r.Type == RelationKind.Amends && r.From.WorkId == work, r => r.To);

        // The graph's one in-force rule decides; the box only words it.
        var kind = InForce.Of(instrument, day).Status switch
        {
            InForceStatus.NotYetInForce => StatusKind.NotYetInForce,
            InForceStatus.InForce => StatusKind.InForce,
            InForceStatus.Repealed => StatusKind.Repealed,
            _ => StatusKind.Unknown,
        };

        var timeline = Points(instrument, provisions, repealedBy, lookup);
        return new InstrumentStatus(kind, instrument.Date, instrument.InForce.Start?.Date, instrument.InForce.End?.Date,
            repealedBy, amendedBy, repeals, amends, timeline, instrument.KnownUpTo);
    }

    /// <summary>
    /// The dates on which the instrument's text changed, oldest first: issue, start and end of force, and each amendment
    /// with the provisions it touched. The events come from <see cref="Timeline.EventsOf"/>, the one derivation every
    /// store's timeline uses; the box only groups the provisions' amendments by day and amending instrument.
    /// </summary>
    private static IReadOnlyList<PointInTime> Points(Node instrument, IReadOnlyList<Node> provisions, IReadOnlyList<Node> repealedBy, Func<NodeId, Node?> lookup)
    {
        var own = Legal.Model.Time.Timeline.EventsOf(instrument).Where(c => c.Date.Date is not null).Select(c => c.Kind switch
        {
            ChangeKind.Made => new PointInTime(c.Date.Date!.Value, PointKind.Issued, null, []),
            ChangeKind.Commenced => new PointInTime(c.Date.Date!.Value, PointKind.InForce, null, []),
            _ => new PointInTime(c.Date.Date!.Value, PointKind.Ends, repealedBy.FirstOrDefault(), []),
        });
        var changes = provisions
            .SelectMany(p => Legal.Model.Time.Timeline.EventsOf(p).Where(c => c.Kind is ChangeKind.Inserted or ChangeKind.Amended && c.By is not null).Select(c => (Provision: p, Change: c)))
            .GroupBy(c => (Date: c.Change.Date.Date!.Value, By: c.Change.By!.WorkId))
            .Select(g => new PointInTime(g.Key.Date, PointKind.Changed, lookup(g.Key.By), g.Select(c => c.Provision).OrderBy(p => p.Order).ToList()));
        return own.Concat(changes).OrderBy(p => p.Date).ThenBy(p => p.Kind).ToList();
    }
}

internal enum PointKind { Issued, InForce, Changed, Ends }

/// <summary>One point in an instrument's life: on this date it was issued, came into force, was changed (by whom, where) or ended.</summary>
internal sealed record PointInTime(PartialDate Date, PointKind Kind, Node? By, IReadOnlyList<Node> Provisions);
