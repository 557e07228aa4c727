using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>
/// One wording of a provision and the period it was in force: from <see cref="From"/> (inclusive)
/// until <see cref="Until"/> (exclusive); either end may be unknown.
/// </summary>
public sealed record ProvisionVersion(
    PartialDate? From,
    PartialDate? Until,
    NodeId? AmendedBy,
    Bilingual Summary,
    IReadOnlyList<NodeId> Sources)
{
    public bool InForceOn(DateOnly date) =>
        (From is null || From.Value.Earliest <= date) && (Until is null || date < Until.Value.Earliest);
}
