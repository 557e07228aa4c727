namespace Legal.Model.Time;

/// <summary>The one place that decides which day "the law as in force" means when a reader gives none.</summary>
public static class AsOf
{
    /// <summary>The day given, else today in UTC (every caller, whether API, pages or CLI, answers for the same day).</summary>
    public static DateOnly OrToday(DateOnly? day) => day ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
