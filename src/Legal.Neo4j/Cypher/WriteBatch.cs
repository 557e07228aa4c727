using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j.Mapping;
using Legal.Neo4j.QueryApi;

namespace Legal.Neo4j.Cypher;

/// <summary>
/// A statement shape and the rows it writes. The loader sends the rows as <c>$rows</c>;
/// the exported script writes them into the statement as a literal list.
/// </summary>
public sealed record WriteBatch(Func<string, string> Shape, IReadOnlyList<Dictionary<string, object?>> Rows)
{
    public Statement ToStatement() => new Statement(Shape(WriteStatements.Rows)).With("rows", Rows);

    public string ToScript() => Shape(CypherLiteral.Of(Rows));
}
