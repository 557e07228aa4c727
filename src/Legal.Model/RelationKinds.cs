namespace Legal.Model;

public static class RelationKinds
{
    public static string ToSnakeCase(this RelationKind type) => Naming.ToSnakeCase(type.ToString());

    /// <summary>The upper-case form used for Neo4j relationship types and GraphQL enum values.</summary>
    public static string ToUpperSnakeCase(this RelationKind type) => type.ToSnakeCase().ToUpperInvariant();

    public static bool TryParse(string text, out RelationKind type) => Naming.TryParseSnakeCase(text, out type);

    public static IEnumerable<string> All => Enum.GetValues<RelationKind>().Select(t => t.ToSnakeCase());
}
