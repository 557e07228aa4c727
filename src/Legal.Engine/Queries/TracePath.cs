using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>A chain of typed relations from the trace's origin to <see cref="End"/>.</summary>
public sealed record TracePath(IReadOnlyList<TraceStep> Steps)
{
    public NodeId End => Steps[^1].To;
}
