using System.Globalization;

namespace Legal.Model.Time;

/// <summary>
/// A date known to the year, the month or the day, written in ISO 8601 (<c>2018</c>, <c>2024-10</c>, <c>2018-02-13</c>).
/// Sources often give only a month; the corpus records exactly what they give, never a padded day.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public bool IsFullDate => Day is not null;

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        if (!parts.All(p => p.All(char.IsAsciiDigit))) return false;
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(numbers[0], month!.Value))) return false;
        date = new PartialDate(numbers[0], month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");

    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day this date could mean (2024-10 starts on 2024-10-01).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date could mean (2024-10 ends on 2024-10-31).</summary>
    public DateOnly Latest => Day is not null ? Earliest
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest) is var c && c != 0 ? c : Latest.CompareTo(other.Latest);

    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}
