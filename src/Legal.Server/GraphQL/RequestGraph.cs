using Legal.Engine;

namespace Legal.Server.GraphQL;

/// <summary>The graph one request reads from, and the version of its corpus, fixed when the request starts.</summary>
public sealed class RequestGraph(ServedGraph served)
{
    public ILegalGraph Graph => served.Graph;

    public CorpusVersion Version => served.Version;

    public ServedGraph Served => served;
}
