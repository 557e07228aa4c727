using Legal.Model.Ids;

namespace Legal.Model.Time;

/// <summary>
/// The status of a node on a day, with <see cref="Uncertain"/> set when the day falls inside the range of a date known
/// only to the month or year, or after a date not known at all. <see cref="Boundary"/> is the date that decides it
/// (the start for NOT_YET_IN_FORCE and IN_FORCE, the end for REPEALED) and <see cref="DecidedBy"/> the node whose date
/// it is: for a provision, its instrument when the instrument was not in force.
/// </summary>
public readonly record struct TemporalStatus(InForceStatus Status, bool Uncertain, TimePoint? Boundary, NodeId? DecidedBy)
{
    /// <summary>Whether the node counts as applying on the day: in force, or with no date that says otherwise.</summary>
    public bool Applies => Status is InForceStatus.InForce or InForceStatus.Unknown;
}
