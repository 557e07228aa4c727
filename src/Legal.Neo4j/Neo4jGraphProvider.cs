using Legal.Engine;

namespace Legal.Neo4j;

/// <summary>Serves every request from Neo4j: the database is the one current graph, so there is nothing to swap.</summary>
public sealed class Neo4jGraphProvider(Neo4jGraph graph) : IGraphProvider
{
    public ILegalGraph Current => graph;
}
