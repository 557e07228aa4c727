namespace Legal.Model.Time;

/// <summary>Where an instrument or provision stands on a day.</summary>
public enum InForceStatus
{
    /// <summary>Not in force yet: the day is before it was made, commenced or inserted.</summary>
    NotYetInForce,
    InForce,
    /// <summary>No longer in force: repealed, or its last wording ended.</summary>
    Repealed,
    /// <summary>The sources give no date from which to tell.</summary>
    Unknown,
}
