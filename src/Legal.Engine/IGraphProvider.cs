namespace Legal.Engine;

/// <summary>Gives each request the graph to read: the embedded one in memory, or a store such as Neo4j.</summary>
public interface IGraphProvider
{
    ILegalGraph Current { get; }
}
