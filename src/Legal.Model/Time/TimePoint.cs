namespace Legal.Model.Time;

/// <summary>
/// A point in time as the sources know it: a date (to the year, month or day), or an unknown day known only not to
/// fall before another, such as a commencement "on publication" whose publication day no source gives.
/// Written <c>2025-06</c>, or <c>2013-05-08..</c> for "not before 8 May 2013".
/// </summary>
public sealed record TimePoint
{
    private TimePoint(PartialDate? date, PartialDate? notBefore) => (Date, NotBefore) = (date, notBefore);

    /// <summary>The date, when the sources give one.</summary>
    public PartialDate? Date { get; }

    /// <summary>For an unknown date: the earliest it can be.</summary>
    public PartialDate? NotBefore { get; }

    public static TimePoint On(PartialDate date) => new(date, null);

    public static TimePoint NotBeforeDate(PartialDate earliest) => new(null, earliest);

    /// <summary>The first day the point could be (a partial date counts from its first day).</summary>
    public DateOnly Earliest => (Date ?? NotBefore!.Value).Earliest;

    /// <summary>The last day the point could be; null when it is not known at all.</summary>
    public DateOnly? Latest => Date?.Latest;

    /// <summary>Whether the point could fall on more than one day.</summary>
    public bool IsUncertain => Date is not { IsFullDate: true };

    /// <summary>Whether a day lies in the range the point could fall on, so that being before or after it is not sure.</summary>
    public bool Straddles(DateOnly day) => IsUncertain && day >= Earliest && (Latest is not { } latest || day <= latest);

    public static bool TryParse(string? text, out TimePoint? point)
    {
        point = null;
        if (text is null) return false;
        var open = text.EndsWith("..", StringComparison.Ordinal);
        if (!PartialDate.TryParse(open ? text[..^2] : text, out var date)) return false;
        point = open ? NotBeforeDate(date) : On(date);
        return true;
    }

    public static TimePoint Parse(string text) =>
        TryParse(text, out var point) ? point! : throw new FormatException($"'{text}' is not a point in time: expected YYYY[-MM[-DD]], or that followed by '..'");

    public override string ToString() => Date?.ToString() ?? $"{NotBefore}..";
}
