using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j.QueryApi;

namespace Legal.Neo4j.Cypher;

/// <summary>A relationship to write: its type picks the statement, and <see cref="Row"/> is what the statement reads.</summary>
public sealed record RelationWrite(RelationKind Type, string From, string To, Dictionary<string, object?> Props)
{
    /// <summary>The keys <see cref="Row"/> has; the linter is told of them, as it cannot tell <c>row.from</c> from a property.</summary>
    public static IEnumerable<string> RowKeys => ["from", "to", "props"];

    public Dictionary<string, object?> Row() => new() { ["from"] = From, ["to"] = To, ["props"] = Props };
}
