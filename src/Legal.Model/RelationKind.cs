namespace Legal.Model;

/// <summary>Typed relations between nodes, named as verbs read from the relation's source to its target.</summary>
public enum RelationKind
{
    // between instruments and provisions
    Implements,
    Amends,
    Repeals,
    GivesEffectTo,
    MapsTo,
    Cites,
    PartOf,
    Defines,
    // institutions and their powers
    Establishes,
    Designates,
    Supervises,
    Empowers,
    IssuedBy,
    // obligations
    Imposes,
    Binds,
    PenalisedBy,
    // frameworks, events, people
    MemberOf,
    Chairs,
    CoChairs,
    Hosted,
    OrganisedBy,
    ParticipatedIn,
    HeldRole,
    Represents,
    // cross-cutting
    About,
    SameAs,
}
