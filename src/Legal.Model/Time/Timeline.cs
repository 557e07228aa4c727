using Legal.Model.Ids;

namespace Legal.Model.Time;

/// <summary>
/// The events of the law, derived from the compiled nodes alone (their periods, repealers and versions): every store
/// answers <c>changes</c> and <c>timeline</c> through this one derivation.
/// </summary>
public static class Timeline
{
    /// <summary>Every event the nodes record, in date order, then by kind and target id (ordinal).</summary>
    public static IReadOnlyList<Change> Of(IEnumerable<Node> nodes) =>
        nodes.SelectMany(EventsOf)
            .OrderBy(c => c.Date.Earliest).ThenBy(c => c.Date.Latest is null ? 1 : 0).ThenBy(c => c.Kind)
            .ThenBy(c => c.Target.ToString(), StringComparer.Ordinal).ThenBy(c => c.By?.ToString(), StringComparer.Ordinal)
            .ToList();

    /// <summary>The events of one node: made, commenced and repealed for an instrument; inserted, amended and ended for a provision.</summary>
    public static IEnumerable<Change> EventsOf(Node node)
    {
        if (node.Kind.IsInstrument())
        {
            if (node.Date is { } made) yield return new Change(TimePoint.On(made), ChangeKind.Made, node.Id, null, node.Title);
            if (node.InForce.Start is { } start) yield return new Change(start, ChangeKind.Commenced, node.Id, null, node.Title);
            if (node.InForce.End is { } end) yield return new Change(end, ChangeKind.Repealed, node.Id, node.RepealedBy, node.Title);
        }
        for (var i = 0; i < node.Versions.Count; i++)
        {
            var version = node.Versions[i];
            if (version.From is { } from)
            {
                yield return new Change(TimePoint.On(from), i == 0 ? ChangeKind.Inserted : ChangeKind.Amended, node.Id, version.AmendedBy, version.Summary);
            }
            if (version.Until is { } until && i == node.Versions.Count - 1)
            {
                yield return new Change(TimePoint.On(until), ChangeKind.Ended, node.Id, null, Bilingual.Empty);
            }
        }
    }

    /// <summary>
    /// Whether an event falls in a period (both ends inclusive): one known only to the month or year counts when its range
    /// overlaps the period; one whose date is not known at all is in no period.
    /// </summary>
    public static bool Within(Change change, DateOnly since, DateOnly until) =>
        change.Date.Latest is { } latest && change.Date.Earliest <= until && latest >= since;

    /// <summary>The days on which an instrument's wording may change (its expressions' first days), in order.</summary>
    public static IReadOnlyList<DateOnly> PointsInTime(Node instrument, IEnumerable<Node> provisions) =>
        EventsOf(instrument).Where(c => c.Kind == ChangeKind.Commenced)
            .Concat(provisions.SelectMany(EventsOf))
            .Where(c => c.Date.Latest is not null)
            .Select(c => c.Date.Earliest).Distinct().Order().ToList();
}
