using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>One step of a path: walking <see cref="Relation"/> from <see cref="From"/> to <see cref="To"/>, with or against its direction.</summary>
public sealed record TraceStep(NodeId From, Relation Relation, NodeId To)
{
    /// <summary>True when the walk follows the relation as written (from its source to its target).</summary>
    public bool Forward => Relation.From == From;
}
