namespace Legal.Engine;

/// <summary>Gives each request the graph to read: the embedded one in memory, or a store such as Neo4j.</summary>
public interface IGraphProvider
{
    ILegalGraph Current { get; }

    /// <summary>The graph and its corpus version, read as one; a store that cannot say which corpus it holds reports <see cref="CorpusVersion.Unknown"/>.</summary>
    ServedGraph Served => new(Current, CorpusVersion.Unknown);
}
