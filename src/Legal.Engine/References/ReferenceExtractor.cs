using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>
/// Recognises the citations in a pasted text: instruments, resolutions and Recommendations by number (whether or not
/// the graph holds them), articles of them, and institutions and frameworks by name. Each resolves to its node where
/// one fits, and is checked (<see cref="CitationChecker"/>). Built once per corpus from its nodes (any store can build
/// one); extracting is thread-safe.
/// </summary>
public sealed class ReferenceExtractor
{
    private readonly NameMatcher _names;
    private readonly InstrumentNumbers _numbers;
    private readonly CitationChecker _checker;
    private readonly IReadOnlyDictionary<NodeId, Node> _named;
    private readonly HashSet<NodeId> _provisions;
    private readonly HashSet<NodeId> _withProvisions;
    private readonly Node? _regulations;

    /// <summary>
    /// From the corpus's nodes. Provisions among them let an article citation be checked; a store that passes none of
    /// an instrument's provisions gets the article's id unchecked, to check itself.
    /// </summary>
    public ReferenceExtractor(IEnumerable<Node> nodes)
    {
        var all = nodes.ToList();
        var named = all.Where(n => n.Kind.IsInstrument() || n.Kind is NodeKind.Institution or NodeKind.Framework).ToList();
        _named = named.ToDictionary(n => n.Id);
        _names = new NameMatcher(named);
        _numbers = new InstrumentNumbers(named);
        _checker = new CitationChecker(_numbers);
        _provisions = all.Where(n => n.Kind == NodeKind.Provision).Select(n => n.Id).ToHashSet();
        _withProvisions = _provisions.Select(p => p.WorkId).ToHashSet();
        var regulations = named.Where(n => n.Kind == NodeKind.MinisterialResolution && n.Jurisdiction == "KW"
            && (n.Title.En ?? "").Contains("Executive Regulations", StringComparison.OrdinalIgnoreCase)).ToList();
        _regulations = regulations.Count == 1 ? regulations[0] : null;
    }

    /// <summary>References that resolve to a node, in reading order (see <see cref="Cite"/>).</summary>
    public IReadOnlyList<Reference> Extract(string text) =>
        Cite(text).Where(c => c.Target is not null).Select(c => new Reference(c.Start, c.End, c.Text, c.Target!)).ToList();

    /// <summary>The nodes a query cites, in the order cited: what search puts first.</summary>
    public IReadOnlyList<NodeId> Cited(string text) => Cite(text).Select(c => c.Target).OfType<NodeId>().Distinct().ToList();

    /// <summary>Every citation in reading order; where two overlap, the one starting first wins, then the longer.</summary>
    public IReadOnlyList<Citation> Cite(string text)
    {
        var words = Word.Split(text);
        var folded = NumberedCitations.Fold(text);
        var found = NumberedCitations.Match(text, folded, words, _numbers).Concat(_names.Match(text, words).Select(r => Named(r, text, folded, words))).ToList();
        found.AddRange(Pinpointed(text, folded, found));
        var kept = new List<Citation>();
        foreach (var citation in found.OrderBy(c => c.Start).ThenByDescending(c => c.End).ThenBy(c => c.Target is null))
        {
            if (kept.Count == 0 || citation.Start >= kept[^1].End) kept.Add(citation);
        }
        return kept.Select(c => _checker.Check(c, text)).ToList();
    }

    /// <summary>
    /// A named instrument, unless the words around it make it another: a number and year after the name that are not
    /// its own ("قانون مكافحة غسل الأموال رقم 20 لسنة 2021"), or another country's name beside it ("Jordan's AML Law").
    /// </summary>
    private Citation Named(Reference reference, string text, string folded, IReadOnlyList<Word> words)
    {
        var citation = Named(reference);
        var node = _named[reference.Target];
        if (!node.Kind.IsInstrument() || node.Kind is NodeKind.UnResolution or NodeKind.Standard) return citation;
        var trailing = NumberedCitations.TrailingNumber(folded, reference.End);
        var end = trailing?.End ?? reference.End;
        var (foreign, country) = NumberedCitations.Country(text, words, null, reference.Start, end);
        if (!foreign && (trailing is null || (InstrumentNumbers.Numbers(node).Contains(trailing.Value.Number) && (trailing.Value.Year ?? citation.Year) == citation.Year)))
        {
            return trailing is null ? citation : citation with { End = end, Text = text[reference.Start..end] };
        }
        return NumberedCitations.Cite(text, reference.Start, end, citation.Kind, trailing?.Number ?? node.Number ?? "", trailing?.Year, foreign, country, _numbers)
            with { Number = trailing?.Number, Uri = trailing is null ? null : CitationUri.Of(citation.Kind, foreign ? country : "KW", trailing.Value.Year, trailing.Value.Number) };
    }

    private Citation Named(Reference reference)
    {
        var node = _named[reference.Target];
        var kind = node.Kind switch
        {
            NodeKind.Law => CitationKind.Law,
            NodeKind.DecreeLaw => CitationKind.DecreeLaw,
            NodeKind.MinisterialResolution => CitationKind.MinisterialResolution,
            NodeKind.CabinetResolution => CitationKind.CabinetResolution,
            NodeKind.UnResolution => CitationKind.SecurityCouncilResolution,
            NodeKind.Standard => CitationKind.Recommendation,
            NodeKind.Institution => CitationKind.Institution,
            NodeKind.Framework => CitationKind.Framework,
            _ => CitationKind.Instrument,
        };
        return new Citation(reference.Start, reference.End, reference.Text, kind)
        {
            Jurisdiction = node.Jurisdiction,
            Number = node.Number,
            Year = node.Kind.IsInstrument() && node.Kind != NodeKind.Standard ? InstrumentNumbers.Year(node) : null,
            Uri = FrbrUri.ForWork(node)?.WorkUri,
            Target = node.Id,
        };
    }

    /// <summary>Article prefixes joined to the instrument citation right after them.</summary>
    private IEnumerable<Citation> Pinpointed(string text, string folded, List<Citation> found)
    {
        var byStart = found.GroupBy(c => c.Start).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.End).First());
        foreach (var (start, at, eId) in Pinpoints.Match(folded))
        {
            var instrument = byStart.GetValueOrDefault(at);
            if (instrument is null && _regulations is not null && Pinpoints.ExecutiveRegulations(folded, at) is > 0 and var length)
            {
                instrument = Named(new Reference(at, at + length, text[at..(at + length)], _regulations.Id));
            }
            if (instrument is null || instrument.Kind is CitationKind.Institution or CitationKind.Framework) continue;
            var target = instrument.Target is { } work ? Article(work, eId) : null;
            var warnings = instrument.Target is not null && target is null
                ? [new CitationWarning(CitationProblem.UnknownNumber, $"{instrument.Text} has no {eId.Replace("art_", "Article ")}", instrument.Target)]
                : instrument.Warnings;
            yield return instrument with
            {
                Start = start,
                Text = text[start..instrument.End],
                Provision = eId,
                Uri = instrument.Uri is { } uri ? $"{uri}/~{eId}" : null,
                Target = target ?? instrument.Target,
                Warnings = warnings,
            };
        }
    }

    private NodeId? Article(NodeId work, string eId)
    {
        var id = work.Provision(eId);
        return _provisions.Contains(id) || !_withProvisions.Contains(work) ? id : null;
    }
}
