using Legal.Model.Ids;

namespace Legal.Model;

/// <summary>
/// An evaluation's rating of one standard, such as Recommendation 6 rated <c>partially_compliant</c>, with its sources.
/// Only ratings a source gives are recorded; an unknown rating is simply absent.
/// </summary>
public sealed record Rating(NodeId Standard, string Value, IReadOnlyList<NodeId> Sources)
{
    /// <summary>The ratings the FATF methodology uses: technical compliance, then effectiveness.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "compliant", "largely_compliant", "partially_compliant", "non_compliant", "not_applicable",
        "high", "substantial", "moderate", "low",
    };
}
