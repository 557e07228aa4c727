namespace Legal.Engine.References;

/// <summary>What the citation checker found wrong with a citation.</summary>
public enum CitationProblem
{
    /// <summary>No known instrument has the number and year, but the title that follows is a known instrument's.</summary>
    TitleMatchesAnother,
    /// <summary>A Security Council resolution cited with a year other than its adoption year.</summary>
    WrongYear,
    /// <summary>No known instrument, Recommendation or article has this number.</summary>
    UnknownNumber,
}
