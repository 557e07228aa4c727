namespace Legal.Model.Time;

/// <summary>
/// When something was in force or held: from <see cref="Start"/> (inclusive) until <see cref="End"/> (exclusive).
/// A null start is unknown; a null end is open (still in force). A partial date counts from its first day, and days
/// inside its range are flagged uncertain.
/// </summary>
public sealed record Period(TimePoint? Start, TimePoint? End)
{
    public static readonly Period Unknown = new(null, null);

    public static Period Of(PartialDate? from, PartialDate? until) =>
        new(from is { } f ? TimePoint.On(f) : null, until is { } u ? TimePoint.On(u) : null);

    public InForceStatus StatusOn(DateOnly day, out bool uncertain, out TimePoint? boundary)
    {
        if (End is { } end && day >= end.Earliest)
        {
            (uncertain, boundary) = (end.Straddles(day), end);
            return InForceStatus.Repealed;
        }
        if (Start is not { } start)
        {
            (uncertain, boundary) = (true, null);
            return InForceStatus.Unknown;
        }
        boundary = start;
        uncertain = start.Straddles(day) && day >= start.Earliest;
        return day < start.Earliest ? InForceStatus.NotYetInForce : InForceStatus.InForce;
    }

    /// <summary>Whether it held on a day, an unknown start counting as held (as the status UNKNOWN applies).</summary>
    public bool Holds(DateOnly day) => StatusOn(day, out _, out _) is InForceStatus.InForce or InForceStatus.Unknown;
}
