using Legal.Model;
using Legal.Neo4j.Mapping;

namespace Legal.Neo4j.Cypher;

/// <summary>
/// The statements that write the graph, one fixed text per node kind and per relationship type, fed a list of rows.
/// <paramref name="rows"/> is <c>$rows</c> when loading, or a literal list in the exported script.
/// </summary>
public static class WriteStatements
{
    public const string Rows = "$rows";

    /// <summary>
    /// MERGE on the constrained id only, then replace every property (so a field removed from the corpus goes too)
    /// and the kind label (so a node whose kind changed loses its old one).
    /// </summary>
    public static string MergeNodes(NodeKind kind, string rows = Rows)
    {
        var others = Enum.GetValues<NodeKind>().Where(k => k != kind).Select(GraphSchema.Label);
        return $$"""
            UNWIND {{rows}} AS row
            MERGE (n:{{GraphSchema.NodeLabel}} {{{NodeProperties.Id}}: row.{{NodeProperties.Id}}})
            SET n = row, n:{{GraphSchema.Label(kind)}}
            REMOVE n:{{string.Join(":", others)}}
            """;
    }

    /// <summary>MATCH both ends by id, then MERGE the relationship on its key and replace its properties (rows as <see cref="RelationWrite.Row"/>).</summary>
    public static string MergeRelations(RelationKind type, string rows = Rows) => $$"""
        UNWIND {{rows}} AS row
        MATCH (a:{{GraphSchema.NodeLabel}} {{{NodeProperties.Id}}: row.from})
        MATCH (b:{{GraphSchema.NodeLabel}} {{{NodeProperties.Id}}: row.to})
        MERGE (a)-[r:{{GraphSchema.RelationshipType(type)}} {{{RelationProperties.Key}}: row.props.{{RelationProperties.Key}}}]->(b)
        SET r = row.props
        """;

    /// <summary>Removes the nodes (with their relationships) that are no longer in the corpus.</summary>
    public const string DeleteNodesNotIn = $$"""
        MATCH (n:{{GraphSchema.NodeLabel}})
        WHERE NOT n.{{NodeProperties.Id}} IN $ids
        DETACH DELETE n
        """;

    /// <summary>Removes the relationships between corpus nodes that are no longer in the corpus.</summary>
    public const string DeleteRelationsNotIn = $$"""
        MATCH (:{{GraphSchema.NodeLabel}})-[r]->(:{{GraphSchema.NodeLabel}})
        WHERE NOT r.{{RelationProperties.Key}} IN $keys
        DELETE r
        """;
}
