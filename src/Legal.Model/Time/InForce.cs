using Legal.Model.Ids;

namespace Legal.Model.Time;

/// <summary>
/// The one rule for "in force on a day", used by every query, rendering, page, CLI verb and store: an instrument by its
/// period (commencement to repeal, as compiled), a provision by its instrument's period and then its own versions.
/// A provision never applies on a day its instrument did not.
/// </summary>
public static class InForce
{
    /// <summary>A node's status by its own period alone: for an instrument, body or relation-free node.</summary>
    public static TemporalStatus Of(Node node, DateOnly day)
    {
        var status = node.InForce.StatusOn(day, out var uncertain, out var boundary);
        return new TemporalStatus(status, uncertain, boundary, node.Id);
    }

    /// <summary>A provision's status: its instrument's when that was not in force, else its versions'.</summary>
    public static TemporalStatus Of(Node provision, Node instrument, DateOnly day)
    {
        var work = Of(instrument, day);
        if (work.Status is InForceStatus.NotYetInForce or InForceStatus.Repealed) return work;
        var own = OwnStatus(provision, day);
        if (own.Status is InForceStatus.NotYetInForce or InForceStatus.Repealed) return own;
        // Whichever date makes the day uncertain decides: the provision's own first, then its instrument's.
        if (work.Status == InForceStatus.Unknown || (work.Uncertain && !own.Uncertain) || own.Boundary is null) return work;
        return own;
    }

    /// <summary>The status of any node on a day, looking its instrument up when it is a provision.</summary>
    public static TemporalStatus Of(Node node, Func<NodeId, Node?> lookup, DateOnly day) =>
        node.Kind == NodeKind.Provision && lookup(node.Id.WorkId) is { } work ? Of(node, work, day) : Of(node, day);

    /// <summary>
    /// The wording of a provision on a day: the version whose period contains it (a month-precise start counting from the
    /// first of the month), or the provision's own summary when it never changed; null when no version was in force.
    /// </summary>
    public static ProvisionVersion? VersionOn(Node provision, DateOnly day) =>
        provision.Versions.Count == 0
            ? new ProvisionVersion(null, null, null, provision.Summary, provision.Sources)
            : provision.Versions.FirstOrDefault(v => v.Period.Holds(day));

    private static TemporalStatus OwnStatus(Node provision, DateOnly day)
    {
        var versions = provision.Versions;
        if (versions.Count == 0) return new TemporalStatus(InForceStatus.InForce, false, null, provision.Id);
        if (VersionOn(provision, day) is { } version)
        {
            var uncertain = version.Period.Start?.Straddles(day) == true;
            return new TemporalStatus(InForceStatus.InForce, uncertain, version.Period.Start, provision.Id);
        }
        var first = versions[0].Period.Start;
        if (first is not null && day < first.Earliest) return new TemporalStatus(InForceStatus.NotYetInForce, false, first, provision.Id);
        var ended = versions.Select(v => v.Period.End).OfType<TimePoint>().LastOrDefault(e => e.Earliest <= day);
        return new TemporalStatus(InForceStatus.Repealed, ended?.Straddles(day) == true, ended, provision.Id);
    }
}
