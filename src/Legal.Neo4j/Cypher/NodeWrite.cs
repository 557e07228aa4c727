using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j.QueryApi;

namespace Legal.Neo4j.Cypher;

/// <summary>A node to write: its kind picks the statement, and its properties are the row.</summary>
public sealed record NodeWrite(NodeKind Kind, Dictionary<string, object?> Props);
