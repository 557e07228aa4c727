using Legal.Model.Ids;
using Legal.Model;

namespace Legal.Engine.Queries;

/// <summary>UP walks from a duty to its legal bases; DOWN from an international source to what carries it out.</summary>
public enum TraceDirection { Up, Down }

/// <summary>A trace to run: where from, which way, how many steps at most, and the day the law is read as in force.</summary>
public sealed record TraceQuery(NodeId From, TraceDirection Direction, DateOnly AsOf, int MaxDepth = TraceQuery.DefaultMaxDepth)
{
    public const int DefaultMaxDepth = 8;
    public const int MaxMaxDepth = 20;
}

/// <summary>One step of a path: walking <see cref="Relation"/> from <see cref="From"/> to <see cref="To"/>, with or against its direction.</summary>
public sealed record TraceStep(NodeId From, Relation Relation, NodeId To)
{
    /// <summary>True when the walk follows the relation as written (from its source to its target).</summary>
    public bool Forward => Relation.From == From;
}

/// <summary>A chain of typed relations from the trace's origin to <see cref="End"/>.</summary>
public sealed record TracePath(IReadOnlyList<TraceStep> Steps)
{
    public NodeId End => Steps[^1].To;
}

/// <summary>The answer to a trace: its paths (those reaching an international source first) and every node they name.</summary>
public sealed record Trace(TraceQuery Query, Node Origin, IReadOnlyList<TracePath> Paths, IReadOnlyDictionary<NodeId, Node> Nodes)
{
    public Node Node(NodeId id) => Nodes[id];
}
