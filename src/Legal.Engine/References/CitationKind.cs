namespace Legal.Engine.References;

/// <summary>What a citation names, as the text calls it; a decree-law (مرسوم بقانون) is not a decree (مرسوم).</summary>
public enum CitationKind
{
    Law,
    DecreeLaw,
    Decree,
    RoyalDecree,
    MinisterialResolution,
    CabinetResolution,
    CouncilResolution,
    Resolution,
    Circular,
    SecurityCouncilResolution,
    GeneralAssemblyResolution,
    Recommendation,
    /// <summary>An instrument named by its title or an alias rather than by number.</summary>
    Instrument,
    Institution,
    Framework,
}
