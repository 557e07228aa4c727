using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// An obligation that applies to the subject asked about: <see cref="BoundAs"/> is the sector through which it binds the
/// subject (banks are bound as financial institutions, or as persons), and <see cref="Supervision"/> the designations
/// that make bodies supervise it for that subject, each with its legal basis.
/// </summary>
public sealed record ObligationMatch(Node Obligation, NodeId? BoundAs, IReadOnlyList<Relation> Supervision)
{
    /// <summary>The supervising bodies, in id order.</summary>
    public IReadOnlyList<NodeId> Supervisors => Supervision.Select(e => e.From).Distinct().ToList();
}
