using Legal.Model;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// The order instruments are listed in, most important first: by kind (Kuwait's laws, then decree-laws, Cabinet and
/// ministerial resolutions, then regulators' instructions, then Security Council resolutions and international standards), those in force before those
/// repealed, then newest year first, then by number as a number (Recommendation 2 before 10), then by id.
/// </summary>
internal static class InstrumentOrder
{
    private static readonly NodeKind[] ByImportance =
        [NodeKind.Law, NodeKind.DecreeLaw, NodeKind.CabinetResolution, NodeKind.MinisterialResolution, NodeKind.RegulatoryInstruction, NodeKind.UnResolution, NodeKind.Standard];

    public static IEnumerable<Node> Sort(IEnumerable<Node> instruments, Func<Node, InstrumentStatus> status) => instruments
        .OrderBy(n => Array.IndexOf(ByImportance, n.Kind) is var i && i >= 0 ? i : ByImportance.Length)
        .ThenBy(n => status(n).Kind == StatusKind.Repealed ? 1 : 0)
        .ThenByDescending(n => Citations.IssueYear(n) ?? 0)
        .ThenBy(n => long.TryParse(n.Number, out var number) ? number : long.MaxValue)
        .ThenBy(n => n.Id.ToString(), StringComparer.Ordinal);
}
