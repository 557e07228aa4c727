using Legal.Engine;

namespace Legal.Server.GraphQL;

/// <summary>The graph one request reads from, fixed when the request starts.</summary>
public sealed class RequestGraph(ILegalGraph graph)
{
    public ILegalGraph Graph => graph;
}
