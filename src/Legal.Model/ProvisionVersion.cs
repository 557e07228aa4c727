using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>
/// One wording of a provision (an expression, in FRBR terms) and the period it was in force: from <see cref="From"/>
/// (inclusive) until <see cref="Until"/> (exclusive); either end may be unknown.
/// </summary>
public sealed record ProvisionVersion(
    PartialDate? From,
    PartialDate? Until,
    NodeId? AmendedBy,
    Bilingual Summary,
    IReadOnlyList<NodeId> Sources)
{
    public Period Period => Period.Of(From, Until);
}
