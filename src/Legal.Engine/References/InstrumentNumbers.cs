using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>What a numbered citation calls the instrument, which decides the kinds it may name, in order of preference.</summary>
internal enum CitedAs { Law, DecreeLaw, MinisterialResolution, CabinetResolution, SecurityCouncilResolution, Resolution }

/// <summary>The corpus's instruments by kind, number and year: what "Law No. 106 of 2013" or "القرار 2379" can name.</summary>
internal sealed class InstrumentNumbers
{
    private readonly ILookup<(NodeKind Kind, string Number), Node> _byNumber;

    public InstrumentNumbers(IEnumerable<Node> nodes) =>
        _byNumber = nodes.Where(n => n.Kind.IsInstrument() && n.Number is not null).ToLookup(n => (n.Kind, n.Number!.TrimStart('0')));

    /// <summary>
    /// The one instrument a citation names, or null when none or several fit. A Kuwaiti instrument is only named when
    /// the citation is not marked as another country's; a year, when given, must be the instrument's.
    /// </summary>
    public NodeId? Find(CitedAs citedAs, string number, int? year, bool foreign)
    {
        foreach (var kind in Kinds(citedAs, year is null))
        {
            if (foreign && kind != NodeKind.UnResolution) continue;
            var fitting = _byNumber[(kind, number.TrimStart('0'))].Where(n => year is null || Year(n) == year).ToList();
            if (fitting.Count == 1) return fitting[0].Id;
            if (fitting.Count > 1) return null;
        }
        return null;
    }

    /// <summary>The year an instrument is cited by: its issue date, else the year in its id (kw/law/2013/106).</summary>
    private static int? Year(Node node) =>
        node.Date?.Year ?? node.Id.Work.Split('/').Select(s => int.TryParse(s, out var y) && y is > 1900 and < 2200 ? y : (int?)null).FirstOrDefault(y => y is not null);

    private static IEnumerable<NodeKind> Kinds(CitedAs citedAs, bool withoutYear) => citedAs switch
    {
        CitedAs.Law => [NodeKind.Law, NodeKind.DecreeLaw],
        CitedAs.DecreeLaw => [NodeKind.DecreeLaw, NodeKind.Law],
        CitedAs.MinisterialResolution => [NodeKind.MinisterialResolution],
        CitedAs.CabinetResolution => [NodeKind.CabinetResolution],
        CitedAs.SecurityCouncilResolution => [NodeKind.UnResolution],
        // A bare "resolution 2379" is the Security Council's; with a year it may also be a Kuwaiti resolution.
        _ when withoutYear => [NodeKind.UnResolution],
        _ => [NodeKind.UnResolution, NodeKind.MinisterialResolution, NodeKind.CabinetResolution],
    };
}
