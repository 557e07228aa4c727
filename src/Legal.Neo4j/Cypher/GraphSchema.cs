using Legal.Model;
using Legal.Neo4j.Mapping;

namespace Legal.Neo4j.Cypher;

/// <summary>
/// How the graph is laid out in Neo4j: every node has the label <c>:Node</c> and one label for its kind
/// (<c>:Law</c>, <c>:Provision</c> …), relationships are typed in upper snake case (<c>PART_OF</c>), and ids are unique.
/// </summary>
public static class GraphSchema
{
    public const string NodeLabel = "Node";
    public const string ArabicIndex = "legal_text_ar";
    public const string EnglishIndex = "legal_text_en";
    /// <summary>The index search reads: the pre-analysed search properties, split on whitespace only.</summary>
    public const string SearchIndex = "legal_search";

    public static string Label(NodeKind kind) => kind.ToString();

    public static string RelationshipType(RelationKind type) => type.ToUpperSnakeCase();

    public static IEnumerable<string> Labels => [NodeLabel, .. Enum.GetValues<NodeKind>().Select(Label)];

    public static IEnumerable<string> RelationshipTypes => Enum.GetValues<RelationKind>().Select(RelationshipType);

    /// <summary>
    /// Constraints, then full-text indexes; idempotent (IF NOT EXISTS), and each sent in a request of its own,
    /// because Neo4j does not allow schema changes in a transaction that also writes data.
    /// </summary>
    public static IReadOnlyList<string> Statements() =>
    [
        .. Labels.Select(label =>
            $"CREATE CONSTRAINT {Naming(label)}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.{NodeProperties.Id} IS UNIQUE"),
        FullTextIndex(ArabicIndex, NodeProperties.ArabicTextKeys, "arabic"),
        FullTextIndex(EnglishIndex, NodeProperties.EnglishTextKeys, "english"),
        FullTextIndex(SearchIndex, SearchProperties.Keys, "whitespace"),
    ];

    private static string FullTextIndex(string name, IEnumerable<string> keys, string analyzer) =>
        $"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{NodeLabel}) ON EACH [{string.Join(", ", keys.Select(k => "n." + k))}] " +
        $"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}";

    private static string Naming(string label) => string.Concat(label.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
