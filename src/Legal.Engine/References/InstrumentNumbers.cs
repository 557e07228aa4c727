using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>The corpus's instruments by kind, number and year: what "Law No. 106 of 2013" or "القرار 2379" can name.</summary>
internal sealed class InstrumentNumbers
{
    private readonly ILookup<(NodeKind Kind, string Number), Node> _byNumber;

    public InstrumentNumbers(IEnumerable<Node> nodes)
    {
        Instruments = nodes.Where(n => n.Kind.IsInstrument() && Numbers(n).Any()).OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).ToList();
        _byNumber = Instruments.SelectMany(n => Numbers(n).Select(number => (n, number))).ToLookup(p => (p.n.Kind, p.number), p => p.n);
    }

    /// <summary>An instrument's number, or each number sources claim for it when they disagree (176 or 8 of 2025).</summary>
    public static IEnumerable<string> Numbers(Node node) =>
        (node.Number is { } number ? [number] : node.Claims.Where(c => c.Field == "number").Select(c => c.Value)).Select(n => n.TrimStart('0')).Distinct();

    /// <summary>Every numbered instrument, in id order.</summary>
    public IReadOnlyList<Node> Instruments { get; }

    /// <summary>
    /// The one instrument a citation names, or null when none or several fit. A Kuwaiti instrument is only named when
    /// the citation is not marked as another country's; a year, when given, must be the instrument's, except for a
    /// Security Council resolution, whose number alone is unique (the checker warns of a wrong year).
    /// </summary>
    public Node? Find(CitationKind citedAs, string number, int? year, bool foreign)
    {
        foreach (var kind in Kinds(citedAs, year is null))
        {
            if (foreign && kind != NodeKind.UnResolution) continue;
            var fitting = _byNumber[(kind, number.TrimStart('0'))].Where(n => year is null || kind == NodeKind.UnResolution || Year(n) == year).ToList();
            if (fitting.Count == 1) return fitting[0];
            if (fitting.Count > 1) return null;
        }
        return null;
    }

    /// <summary>The instruments a citation of this kind may name, whatever their number.</summary>
    public IEnumerable<Node> OfKind(CitationKind citedAs) => Kinds(citedAs, false).SelectMany(k => Instruments.Where(n => n.Kind == k));

    /// <summary>The year an instrument is cited by: its issue date, else the year in its id (kw/law/2013/106).</summary>
    public static int? Year(Node node) =>
        node.Date?.Year ?? node.Id.Work.Split('/').Select(s => int.TryParse(s, out var y) && y is > 1900 and < 2200 ? y : (int?)null).FirstOrDefault(y => y is not null);

    /// <summary>The kinds of node a citation may name, in order of preference; none for kinds the corpus never holds.</summary>
    public static IEnumerable<NodeKind> Kinds(CitationKind citedAs, bool withoutYear) => citedAs switch
    {
        CitationKind.Law => [NodeKind.Law, NodeKind.DecreeLaw],
        CitationKind.DecreeLaw => [NodeKind.DecreeLaw, NodeKind.Law],
        CitationKind.MinisterialResolution => [NodeKind.MinisterialResolution],
        CitationKind.CabinetResolution => [NodeKind.CabinetResolution],
        CitationKind.Circular => [NodeKind.RegulatoryInstruction],
        CitationKind.SecurityCouncilResolution => [NodeKind.UnResolution],
        CitationKind.Recommendation => [NodeKind.Standard],
        // A bare "resolution 2379" is the Security Council's; with a year it may also be a Kuwaiti resolution.
        CitationKind.Resolution when withoutYear => [NodeKind.UnResolution],
        CitationKind.Resolution => [NodeKind.UnResolution, NodeKind.MinisterialResolution, NodeKind.CabinetResolution],
        _ => [],
    };
}
