using Legal.Neo4j.Mapping;

namespace Legal.Neo4j.Cypher;

/// <summary>
/// The statements that answer the query contract. Each takes a list ($ids) and answers for all of it in one call,
/// so a GraphQL request costs a number of round trips that does not grow with the number of nodes.
/// </summary>
public static class ReadStatements
{
    private const string N = GraphSchema.NodeLabel;
    private const string Id = NodeProperties.Id;

    public const string Ping = "RETURN 1 AS ok";

    public const string NodesByIds = $$"""
        UNWIND $ids AS id
        MATCH (n:{{N}} {{{Id}}: id})
        RETURN properties(n) AS node
        """;

    private const string RelationColumns = "a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props";

    public const string RelationsOut = $$"""
        UNWIND $ids AS id
        MATCH (a:{{N}} {{{Id}}: id})-[r]->(b:{{N}})
        WHERE type(r) IN $types
        RETURN 0 AS side, id AS anchor, {{RelationColumns}}
        """;

    public const string RelationsIn = $$"""
        UNWIND $ids AS id
        MATCH (a:{{N}})-[r]->(b:{{N}} {{{Id}}: id})
        WHERE type(r) IN $types
        RETURN 1 AS side, id AS anchor, {{RelationColumns}}
        """;

    /// <summary>Outgoing, then incoming, in one call: the <c>side</c> column lets the caller order them as the embedded store does.</summary>
    public const string RelationsBoth = $$"""
        {{RelationsOut}}
        UNION ALL
        {{RelationsIn}}
        """;

    /// <summary>
    /// One page of nodes ordered by id (ordinal, as <c>Paging</c> orders them), after the cursor's id:
    /// the total that match, how many remain after the cursor, and the page itself.
    /// </summary>
    public const string Page = $$"""
        MATCH (n:{{N}})
        WHERE ($kinds IS NULL OR n.{{NodeProperties.Kind}} IN $kinds)
          AND ($jurisdiction IS NULL OR toLower(n.jurisdiction) = toLower($jurisdiction))
        WITH n ORDER BY n.{{Id}}
        WITH count(n) AS total, [m IN collect(n) WHERE $after IS NULL OR m.{{Id}} > $after] AS rest
        RETURN total, size(rest) AS remaining, [m IN rest[0..$first] | properties(m)] AS nodes
        """;

    /// <summary>Nodes with claims: disputes are worked out from them the same way the corpus does.</summary>
    public const string NodesWithClaims = $$"""
        MATCH (n:{{N}})
        WHERE n.{{NodeProperties.Claims}} IS NOT NULL
        RETURN properties(n) AS node
        """;

    /// <summary>
    /// Nodes that record changes (versions, in-force dates) and the REPEALS relationships naming what repealed them:
    /// the changes are worked out from these the same way for every store.
    /// </summary>
    public const string ChangeSources = $$"""
        MATCH (n:{{N}})
        WHERE n.versions IS NOT NULL OR n.inForceFrom IS NOT NULL OR n.inForceUntil IS NOT NULL OR n.date IS NOT NULL
        RETURN collect(properties(n)) AS nodes
        """;

    /// <summary>
    /// Full-text hits from the pre-analysed search index, best first: ids, kinds, scores and the search properties
    /// (for the shared policy's coverage bonus), so that a page of nodes is then read by id.
    /// </summary>
    public static readonly string Search = $$"""
        CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
        WHERE $kinds IS NULL OR node.{{NodeProperties.Kind}} IN $kinds
        RETURN node.{{Id}} AS id, node.{{NodeProperties.Kind}} AS kind, score, node { {{string.Join(", ", SearchProperties.Keys.Select(k => "." + k))}} } AS terms
        """;

    public const string NodesOfKinds = $$"""
        MATCH (n:{{N}})
        WHERE n.{{NodeProperties.Kind}} IN $kinds
        RETURN properties(n) AS node
        """;
}
