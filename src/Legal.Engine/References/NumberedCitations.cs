using System.Text.RegularExpressions;
using Legal.Engine.Search;

namespace Legal.Engine.References;

/// <summary>
/// Citations by number and year, in English and Arabic phrasing, in either digit system: "Law No. 106 of 2013",
/// "القانون رقم ١٠٦ لسنة ٢٠١٣", "القرار الوزاري رقم "37" في العام نفسه", "resolution 2379 (2017)".
/// The patterns run over folded text (hamza, taa marbuta, digits, case), which has the input's length, so offsets carry over.
/// </summary>
internal static partial class NumberedCitations
{
    public static IEnumerable<Reference> Match(string text, IReadOnlyList<Word> words, InstrumentNumbers instruments)
    {
        var folded = string.Concat(text.Select(c => ArabicNormalizer.Fold(c) is var f && f != ArabicNormalizer.Dropped ? f : c));
        int? lastYear = null;
        foreach (Match match in Citation().Matches(folded))
        {
            var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : match.Groups["same"].Success ? lastYear : null;
            if (year is not null) lastYear = year;
            var start = match.Groups["kind"].Index;
            var end = match.Groups["year"].Success ? match.Groups["year"].Index + match.Groups["year"].Length + (match.Groups["close"].Success ? 1 : 0)
                : match.Groups["number"].Index + match.Groups["number"].Length + match.Groups["quote"].Length;
            var foreign = match.Groups["adjective"].Success && ForeignMarkers.IsForeign(Word.Split(match.Groups["adjective"].Value)[0])
                || Around(text, words, start, end).Any(ForeignMarkers.IsForeign);
            if (instruments.Find(CitedAs(match.Groups["kind"].Value), match.Groups["number"].Value, year, foreign) is { } target)
            {
                yield return new Reference(start, end, text[start..end], target);
            }
        }
    }

    /// <summary>
    /// The two words on either side of a citation, within its clause: where a country is named ("Egyptian Law No. 80",
    /// "Law No. 80 of 2002 of Egypt", "القانون رقم 80 لسنة 2002 المصري") without reaching into the next clause.
    /// </summary>
    private static IEnumerable<Word> Around(string text, IReadOnlyList<Word> words, int start, int end)
    {
        var first = words.Count(w => w.End <= start);
        var before = new List<Word>();
        for (int i = first - 1, relation = start; i >= 0 && before.Count < 2 && !Breaks(text, words[i].End, relation); relation = words[i].Start, i--) before.Add(words[i]);
        var after = new List<Word>();
        for (int i = words.Count(w => w.Start < end), relation = end; i < words.Count && after.Count < 2 && !Breaks(text, relation, words[i].Start); relation = words[i].End, i++) after.Add(words[i]);
        return before.Concat(after);
    }

    private static bool Breaks(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(".,;:!?،؛\n") >= 0;

    private static CitedAs CitedAs(string kind) => kind switch
    {
        _ when kind.Contains("مرسوم") || kind.StartsWith("decree") => References.CitedAs.DecreeLaw,
        _ when kind.Contains("قانون") || kind.EndsWith("law") => References.CitedAs.Law,
        _ when kind.Contains("الوزراء") || kind.Contains("cabinet") || kind.Contains("council of ministers") => References.CitedAs.CabinetResolution,
        _ when kind.Contains("الامن") || kind.Contains("security council") => References.CitedAs.SecurityCouncilResolution,
        _ when kind.Contains("وزاري") || kind.Contains("ministerial") => References.CitedAs.MinisterialResolution,
        _ => References.CitedAs.Resolution,
    };

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])[وفب]?
        (?<kind>
            (?:kuwaiti\s+)?(?:decree[-\s]law|law
              |(?:ministerial|cabinet|council\s+of\s+ministers)\s+(?:resolution|decision|order)
              |(?:(?:un|united\s+nations)\s+)?security\s+council\s+resolution
              |resolution|decision|regulation)
          | (?:ال)?مرسوم\s+بقانون | (?:ال)?قانون
          | (?:ال)?قرار\s+مجلس\s+الوزراء | (?:ال)?قرار\s+مجلس\s+الامن(?:\s+الدولي)?
          | القرار\s+الوزاري | قرار\s+وزاري | (?:ال)?قرار
        )
        (?:\s+(?<adjective>ال\p{L}+))?
        \s*(?:(?:no\.?|number|nr\.?|رقم)\s*)?
        (?<quote>["“«])?(?<number>\d{1,5})(?(quote)["”»])
        (?:\s*(?:of|/|لسنه|لعام|,)\s*(?<year>(?:19|20)\d{2})(?!\d)
          | \s*(?<close>\()(?<year>(?:19|20)\d{2})\)
          | (?<same>\s+(?:في|من|of)?\s*(?:العام\s+نفسه|نفس\s+العام|العام\s+ذاته|السنه\s+نفسها|the\s+same\s+year))
        )?
        (?!\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Citation();
}
