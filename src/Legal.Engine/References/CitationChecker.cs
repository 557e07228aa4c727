using Legal.Engine.Search;
using Legal.Model;

namespace Legal.Engine.References;

/// <summary>
/// Adds <see cref="Citation.Warnings"/>: a number and year that match no known instrument while the title that follows
/// matches one ("Law No. 160 of 2013 on combating money laundering" is likely Law 106/2013), a Security Council
/// resolution given the wrong year, and a number no known instrument, Recommendation or article has.
/// </summary>
internal sealed class CitationChecker(InstrumentNumbers instruments)
{
    private const int TitleWindow = 160;

    // Each instrument's title terms, without its own number and year, for comparing with the words after a citation.
    private readonly Dictionary<Node, HashSet<string>> _titles = instruments.Instruments.ToDictionary(
        n => n,
        n => new[] { n.Title.En, n.Title.Ar }.Concat(n.Aliases).OfType<string>().SelectMany(TitleTerms).ToHashSet(StringComparer.Ordinal));

    public Citation Check(Citation citation, string text)
    {
        var warnings = Warnings(citation, text).ToList();
        return warnings.Count == 0 ? citation : citation with { Warnings = warnings };
    }

    private IEnumerable<CitationWarning> Warnings(Citation citation, string text)
    {
        if (citation.Number is not { } number || citation.Foreign) yield break;
        if (citation.Kind == CitationKind.SecurityCouncilResolution && citation.Target is not null)
        {
            var node = instruments.Instruments.First(n => n.Id == citation.Target);
            if (citation.Year is { } cited && InstrumentNumbers.Year(node) is { } adopted && cited != adopted)
            {
                yield return new CitationWarning(CitationProblem.WrongYear, $"resolution {number} was adopted in {adopted}, not {cited}", node.Id);
            }
            yield break;
        }
        if (citation.Kind == CitationKind.Recommendation && citation.Target is null)
        {
            yield return new CitationWarning(CitationProblem.UnknownNumber, $"the FATF Recommendations run from 1 to 40; there is no Recommendation {number}", null);
            yield break;
        }
        if (citation.Target is not null || citation.Jurisdiction != "KW" || !InstrumentNumbers.Kinds(citation.Kind, false).Any()) yield break;
        var candidates = instruments.OfKind(citation.Kind).Where(n => n.Jurisdiction == "KW").ToList();
        if (ByTitle(candidates, text, citation.End, citation.Year) is { } titled)
        {
            yield return new CitationWarning(CitationProblem.TitleMatchesAnother,
                $"no known instrument is No. {number}{YearText(citation)}, but the title that follows is that of {titled.Title.Prefer(Lang.En)}", titled.Id);
            yield break;
        }
        yield return new CitationWarning(CitationProblem.UnknownNumber, $"no known instrument is No. {number}{YearText(citation)}", Near(candidates, number, citation.Year)?.Id);
    }

    private static string YearText(Citation citation) => citation.Year is { } y ? $" of {y}" : "";

    /// <summary>The instrument whose title the words after the citation repeat: most of them, and at least two.</summary>
    private Node? ByTitle(IReadOnlyList<Node> candidates, string text, int end, int? year)
    {
        var after = text.AsSpan(end, Math.Min(TitleWindow, text.Length - end));
        var stop = after.IndexOfAny(".;\n؛");
        var words = TitleTerms(after[..(stop < 0 ? after.Length : stop)].ToString()).ToHashSet(StringComparer.Ordinal);
        if (words.Count < 2) return null;
        // Of two titles alike, the one of the year cited is the likelier slip.
        var scored = candidates.Select(n => (Node: n, Shared: _titles[n].Count(words.Contains)))
            .Where(s => s.Shared >= 2 && s.Shared * 2 >= Math.Min(words.Count, 6))
            .Select(s => (s.Node, Score: s.Shared * 2 + (InstrumentNumbers.Year(s.Node) == year ? 1 : 0)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Node.Id.ToString(), StringComparer.Ordinal).ToList();
        return scored.Count > 0 && (scored.Count == 1 || scored[0].Score > scored[1].Score) ? scored[0].Node : null;
    }

    /// <summary>A known instrument one slip away: the same number in another year, or the same year with one digit off or two swapped.</summary>
    private static Node? Near(IReadOnlyList<Node> candidates, string number, int? year) =>
        candidates.Where(n => InstrumentNumbers.Numbers(n).Any(k => k == number || (InstrumentNumbers.Year(n) == year && OneSlip(k, number))))
            .OrderBy(n => InstrumentNumbers.Numbers(n).Contains(number) ? 1 : 0).ThenBy(n => n.Id.ToString(), StringComparer.Ordinal).FirstOrDefault();

    private static bool OneSlip(string known, string cited)
    {
        if (known.Length != cited.Length) return false;
        var differ = Enumerable.Range(0, known.Length).Where(i => known[i] != cited[i]).ToList();
        return differ.Count == 1 || (differ.Count == 2 && differ[1] == differ[0] + 1 && known[differ[0]] == cited[differ[1]] && known[differ[1]] == cited[differ[0]]);
    }

    private static IEnumerable<string> TitleTerms(string text) =>
        SearchPolicy.TermsWithWords(text).Where(t => !StopWords.Contains(t.Word) && !t.Term.Any(char.IsDigit) && t.Term.Length > 2).Select(t => t.Term)
            .Where(t => !TitleNoise.Contains(t));

    // Words every instrument's title has, which say nothing about which one it is.
    private static readonly HashSet<string> TitleNoise = new[] { "law", "no", "decre", "resolut", "ministeri", "قانون", "رقم", "سنه", "شان", "بشان", "قرار", "وزاري", "مرسوم" }
        .ToHashSet(StringComparer.Ordinal);
}
