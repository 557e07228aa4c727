using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>A trace to run: where from, which way, how many steps at most, and the day the law is read as in force.</summary>
public sealed record TraceQuery(NodeId From, TraceDirection Direction, DateOnly AsOf, int MaxDepth = TraceQuery.DefaultMaxDepth)
{
    public const int DefaultMaxDepth = 8;
    public const int MaxMaxDepth = 20;
}
