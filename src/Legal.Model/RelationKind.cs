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
    // obligations
    Imposes,
    Binds,
    SupervisedBy,
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

public static class RelationKinds
{
    public static string ToSnakeCase(this RelationKind type) => Naming.ToSnakeCase(type.ToString());

    /// <summary>The upper-case form used for Neo4j relationship types and GraphQL enum values.</summary>
    public static string ToUpperSnakeCase(this RelationKind type) => type.ToSnakeCase().ToUpperInvariant();

    public static bool TryParse(string text, out RelationKind type) => Naming.TryParseSnakeCase(text, out type);

    public static IEnumerable<string> All => Enum.GetValues<RelationKind>().Select(t => t.ToSnakeCase());
}
