namespace Legal.Model;

/// <summary>What a node is. The corpus spells these in snake_case (<c>kind: decree_law</c>).</summary>
public enum NodeKind
{
    Law,
    DecreeLaw,
    MinisterialResolution,
    CabinetResolution,
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
