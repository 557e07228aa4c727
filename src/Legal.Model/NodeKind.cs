namespace Legal.Model;

/// <summary>What a node is. The corpus spells these in snake_case (<c>kind: decree_law</c>).</summary>
public enum NodeKind
{
    Law,
    DecreeLaw,
    MinisterialResolution,
    CabinetResolution,
    /// <summary>Instructions, rules or circulars that a supervisory or competent authority (the Central Bank, the
    /// Capital Markets Authority, Customs …) issues under a law, as against a minister's or the Cabinet's resolution.</summary>
    RegulatoryInstruction,
    UnResolution,
    Standard,
    Provision,
    Institution,
    Framework,
    Event,
    Person,
    State,
    Sector,
    Obligation,
    Topic,
    Source,
}
