using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>The answer to a trace: its paths (those reaching an international source first) and every node they name.</summary>
public sealed record Trace(TraceQuery Query, Node Origin, IReadOnlyList<TracePath> Paths, IReadOnlyDictionary<NodeId, Node> Nodes)
{
    public Node Node(NodeId id) => Nodes[id];
}
