using System.Text.RegularExpressions;
using Legal.Engine.Search;

namespace Legal.Engine.References;

/// <summary>
/// Citations by number, in Kuwaiti, Gulf and UN practice, English and Arabic, in either digit system: "Law No. 106 of 2013",
/// "القانون رقم (106) لسنة (2013)", "Law 106/2013", "2013/106", "Law by Decree No. 76 of 2025", "المرسوم بقانون",
/// ministerial, cabinet and council resolutions, circulars, "S/RES/1373 (2001)", "resolution 2379 (2017)",
/// "القرارين 1267 و1989", "Recommendation 10", "التوصية 10". Found whether or not the graph holds the target.
/// The patterns run over folded text (hamza, taa marbuta, digits, case), which has the input's length, so offsets carry over.
/// </summary>
internal static partial class NumberedCitations
{
    /// <summary>Text folded character by character, so that offsets into it are offsets into the input.</summary>
    public static string Fold(string text) => string.Concat(text.Select(c => ArabicNormalizer.Fold(c) is var f && f != ArabicNormalizer.Dropped ? f : c));

    public static IEnumerable<Citation> Match(string text, string folded, IReadOnlyList<Word> words, InstrumentNumbers instruments)
    {
        int? lastYear = null;
        foreach (Match match in Citation().Matches(folded))
        {
            var kindText = match.Groups["kind"].Value;
            var kind = KindOf(kindText);
            var year = Year(match) ?? (match.Groups["same"].Success ? lastYear : null);
            var (number, itemYear) = NumberAndYear(match.Groups["a"].Value, match.Groups["b"], year);
            if (itemYear is not null) lastYear = itemYear;
            var start = match.Groups["kind"].Index;
            // "… في العام نفسه" borrows the year; the citation itself ends with its number.
            var end = match.Groups["same"].Success ? NumberEnd(match) : match.Index + match.Length;
            var (foreign, country) = Country(text, words, match.Groups["adjective"], start, end);
            // Among the Gulf states only the UAE is a federation: a "federal decree-law" (مرسوم بقانون اتحادي) is Emirati.
            if (foreign && country is null && kind == CitationKind.DecreeLaw && Around(text, words, start, end).Any(w => w.Folded is "federal" or "اتحادي" or "الاتحادي")) country = "AE";
            yield return Cite(text, start, end, kind, number, itemYear, foreign, country, instruments);
            // "القرارين 1267 و1989", "resolutions 1267 (1999) and 1989 (2011)": each number of a list is a citation of its own.
            var plural = IsPlural(kindText);
            for (var next = ListItem().Match(folded, match.Index + match.Length); next.Success; next = ListItem().Match(folded, next.Index + next.Length))
            {
                var (itemNumber, listYear) = NumberAndYear(next.Groups["a"].Value, next.Groups["b"], Year(next));
                if (!plural && listYear is null && !(kind is CitationKind.SecurityCouncilResolution or CitationKind.Resolution && itemNumber.Length >= 3)) break;
                var itemStart = next.Groups["a"].Index - (next.Groups["open"].Success ? 1 : 0);
                yield return Cite(text, itemStart, next.Index + next.Length, kind, itemNumber, listYear, foreign, country, instruments);
            }
        }
        foreach (Match match in UnSymbol().Matches(folded))
        {
            var general = match.Groups["organ"].Value == "a";
            var number = general ? $"{match.Groups["session"].Value}/{match.Groups["a"].Value}" : match.Groups["a"].Value;
            var kind = general ? CitationKind.GeneralAssemblyResolution : CitationKind.SecurityCouncilResolution;
            yield return Cite(text, match.Index, match.Index + match.Length, kind, number, Year(match), false, null, instruments);
        }
        foreach (Match match in Recommendation().Matches(folded))
        {
            var start = match.Groups["kind"].Index;
            yield return Cite(text, start, match.Index + match.Length, CitationKind.Recommendation, match.Groups["a"].Value.TrimStart('0'), null, false, null, instruments);
            for (var next = ListItem().Match(folded, match.Index + match.Length); next.Success && IsPlural(match.Groups["kind"].Value); next = ListItem().Match(folded, next.Index + next.Length))
            {
                if (next.Groups["b"].Success || Year(next) is not null) break;
                yield return Cite(text, next.Groups["a"].Index, next.Index + next.Length, CitationKind.Recommendation, next.Groups["a"].Value.TrimStart('0'), null, false, null, instruments);
            }
        }
        foreach (Match match in Circular().Matches(folded))
        {
            var number = match.Groups["number"].Value.Trim();
            var year = Year(match) ?? YearIn(number);
            var start = match.Groups["kind"].Index;
            var (foreign, country) = Country(text, words, match.Groups["adjective"], start, match.Index + match.Length);
            yield return Cite(text, start, match.Index + match.Length, CitationKind.Circular, number, year, foreign, country, instruments);
        }
    }

    private static int NumberEnd(Match match) =>
        match.Groups["close"].Success ? match.Groups["close"].Index + match.Groups["close"].Length
        : match.Groups["b"].Success ? match.Groups["b"].Index + match.Groups["b"].Length
        : match.Groups["a"].Index + match.Groups["a"].Length;

    internal static Citation Cite(string text, int start, int end, CitationKind kind, string number, int? year, bool foreign, string? country, InstrumentNumbers instruments)
    {
        if (kind == CitationKind.RoyalDecree) foreign = true;
        var target = kind is CitationKind.Circular or CitationKind.Decree or CitationKind.RoyalDecree or CitationKind.CouncilResolution or CitationKind.GeneralAssemblyResolution
            ? null : instruments.Find(kind, number, year, foreign);
        if (kind == CitationKind.Resolution && (target?.Kind == Legal.Model.NodeKind.UnResolution || (target is null && year is null && !foreign)))
        {
            kind = CitationKind.SecurityCouncilResolution;
        }
        if (kind == CitationKind.Resolution && target is not null) kind = target.Kind == Legal.Model.NodeKind.CabinetResolution ? CitationKind.CabinetResolution : CitationKind.MinisterialResolution;
        var jurisdiction = kind switch
        {
            CitationKind.SecurityCouncilResolution or CitationKind.GeneralAssemblyResolution => "UN",
            CitationKind.Recommendation => "FATF",
            _ when foreign => country,
            _ => "KW",
        };
        var uri = target is not null && Legal.Model.Ids.FrbrUri.ForWork(target)?.WorkUri is { } known ? known : CitationUri.Of(kind, jurisdiction, year, number);
        return new Citation(start, end, text[start..end], kind)
        {
            Jurisdiction = jurisdiction,
            Number = number,
            Year = year ?? (target is not null && kind != CitationKind.Recommendation ? InstrumentNumbers.Year(target) : null),
            Uri = uri,
            Target = target?.Id,
            Foreign = foreign && kind is not (CitationKind.SecurityCouncilResolution or CitationKind.GeneralAssemblyResolution or CitationKind.Recommendation),
        };
    }

    /// <summary>"106/2013" is number 106 of 2013; "2013/106", as Kuwait's gazette also writes it, is the same.</summary>
    private static (string Number, int? Year) NumberAndYear(string a, Group b, int? year)
    {
        if (!b.Success) return (a.TrimStart('0') is { Length: > 0 } n ? n : a, year);
        if (IsYear(b.Value) && !IsYear(a)) return (a.TrimStart('0'), int.Parse(b.Value));
        if (IsYear(a) && !IsYear(b.Value)) return (b.Value.TrimStart('0'), int.Parse(a));
        return ($"{a}/{b.Value}", year);
    }

    private static bool IsYear(string digits) => digits.Length == 4 && digits[0] is '1' or '2' && (digits.StartsWith("19") || digits.StartsWith("20"));

    private static int? Year(Match match) => match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : null;

    private static int? YearIn(string number) =>
        number.Split('/', '-', ' ').Where(IsYear).Select(int.Parse).Cast<int?>().LastOrDefault();

    private static bool IsPlural(string kind) =>
        kind.EndsWith('s') || PluralWords.Any(kind.Contains);

    private static readonly string[] PluralWords = ["قوانين", "قرارات", "قرارين", "قانونين", "مراسيم", "توصيات", "توصيتين", "وزاريين"];

    /// <summary>
    /// Whether another country's name marks the citation: an adjective after the kind ("القانون المصري"), or one of the two
    /// words on either side within its clause ("Egyptian Law No. 80", "Law No. 80 of 2002 of Egypt", "Oman's Royal Decree").
    /// </summary>
    internal static (bool Foreign, string? Code) Country(string text, IReadOnlyList<Word> words, Group? adjective, int start, int end)
    {
        if (adjective is { Success: true } && ForeignMarkers.Country(Word.Split(adjective.Value)[0]) is { Foreign: true } marked) return marked;
        // A word that names the country beats one that only says "foreign" ("the UAE's Federal Decree-Law").
        var markers = Around(text, words, start, end).Select(ForeignMarkers.Country).Where(m => m.Foreign).ToList();
        return markers.FirstOrDefault(m => m.Code is not null) is { Foreign: true } named ? named : markers.FirstOrDefault();
    }

    private static IEnumerable<Word> Around(string text, IReadOnlyList<Word> words, int start, int end)
    {
        var first = CountBefore(words, start);
        var before = new List<Word>();
        for (int i = first - 1, relation = start; i >= 0 && before.Count < 3 && !Breaks(text, words[i].End, relation); relation = words[i].Start, i--) before.Add(words[i]);
        var after = new List<Word>();
        for (int i = CountBefore(words, end), relation = end; i < words.Count && after.Count < 2 && !Breaks(text, relation, words[i].Start); relation = words[i].End, i++) after.Add(words[i]);
        return before.Concat(after);
    }

    /// <summary>How many words end at or before an offset (binary search: texts may be long).</summary>
    private static int CountBefore(IReadOnlyList<Word> words, int offset)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (words[mid].End <= offset) low = mid + 1; else high = mid;
        }
        return low;
    }

    private static bool Breaks(string text, int from, int to) => to < from || text.AsSpan(from, to - from).IndexOfAny(".,;:!?،؛\n") >= 0;

    private static CitationKind KindOf(string kind) => kind switch
    {
        _ when kind.Contains("مراسيم") || (kind.Contains("مرسوم") && kind.Contains("قانون")) || kind.Contains("decree-law") || kind.Contains("decree law")
            || kind.Contains("by decree") || kind.Contains("-by-decree") || kind.StartsWith("law decree") => CitationKind.DecreeLaw,
        _ when kind.Contains("royal") || kind.Contains("sultani") || kind.Contains("ملكي") || kind.Contains("سلطاني") => CitationKind.RoyalDecree,
        _ when kind.Contains("مرسوم") || kind.Contains("decree") => CitationKind.Decree,
        _ when kind.Contains("قانون") || kind.Contains("قوانين") || kind.StartsWith("law") => CitationKind.Law,
        _ when kind.Contains("الوزراء") || kind.Contains("cabinet") || kind.Contains("council of ministers") => CitationKind.CabinetResolution,
        _ when kind.Contains("الامن") || kind.Contains("security council") || kind.StartsWith("unsc") || kind == "scr" => CitationKind.SecurityCouncilResolution,
        _ when kind.Contains("وزاري") || kind.Contains("ministerial") => CitationKind.MinisterialResolution,
        _ when kind.Contains("مجلس") || kind.Contains("council") || kind.Contains("board") => CitationKind.CouncilResolution,
        _ => CitationKind.Resolution,
    };

    private const string YearPart = """
        \s*(?:of|for|dated|لسنه|لعام|عام|سنه|,)\s*\(?\s*(?<year>(?:19|20)\d{2})(?:\s*\))?(?!\d)
          | \s*\(\s*(?<year>(?:19|20)\d{2})\s*\)
        """;

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])(?:[وف]?[بلك]?)
        (?<kind>
            (?:decree[-\s]laws?|laws?[-\s]by[-\s]decree|law[-\s]decree
              |(?:amiri|emiri|royal|sultani)\s+decrees?|decrees?
              |(?:ministerial|cabinet|council\s+of\s+ministers|council|board)\s+(?:resolutions?|decisions?|orders?)
              |(?:(?:un|united\s+nations)\s+)?security\s+council\s+resolutions?|unsc\s+resolutions?|unscrs?|scr
              |laws?|resolutions?|decisions?)
          | (?:ا?ل)?مراسيم\s+بقوانين | (?:ا?ل)?مرسوم\s+ب(?:ا?ل)?قانون
          | (?:ا?ل)?مرسوم\s+(?:ا?ل)?(?:اميري|سلطاني|ملكي) | (?:ا?ل)?مرسوم
          | (?:ا?ل)?قانون(?:ين)? | (?:ا?ل)?قوانين
          | (?:ا?ل)?قرار(?:ين|ات|ي)?\s+مجلس\s+الوزراء
          | (?:ا?ل)?قرار(?:ين|ات|ي)?\s+مجلس\s+الامن(?:\s+الدولي)?
          | (?:ا?ل)?قرار(?:ين)?\s+(?:ا?ل)?وزاري(?:ين)?
          | (?:ا?ل)?قرار(?:ين|ات)?\s+مجلس(?:\s+(?!رقم)\p{L}+){1,4}?(?=\s*(?:رقم|\(|\d))
          | (?:ا?ل)?قرار(?:ين|ات)?
        )
        (?:\s+(?<adjective>ال\p{L}+))?
        \s*(?:(?:no|nos|number|nr)\.?\s*|رقم\s*|رقمي\s*)?[:]?\s*
        (?<open>[("“«\[])?\s*(?<a>\d{1,5})(?:\s*/\s*(?<b>\d{1,5}))?(?<close>\s*[)"”»\]])?
        (?:
        """ + YearPart + """
          | (?<same>\s+(?:في|من|of)?\s*(?:العام\s+نفسه|نفس\s+العام|العام\s+ذاته|السنه\s+نفسها|the\s+same\s+year))
        )?
        (?![\d/])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Citation();

    /// <summary>The number and year written right after an instrument's name: "قانون مكافحة غسل الأموال رقم 20 لسنة 2021".</summary>
    public static (int End, string Number, int? Year)? TrailingNumber(string folded, int at) =>
        Trailing().Match(folded, at) is { Success: true } m ? (m.Index + m.Length, m.Groups["a"].Value.TrimStart('0'), Year(m)) : null;

    [GeneratedRegex("""
        \G\s*(?:(?:no|number)\.?\s*|رقم\s*)\(?(?<a>\d{1,5})\)?
        (?:
        """ + YearPart + """
        )?
        (?![\d/])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Trailing();

    [GeneratedRegex("""
        \G\s*(?:,|،|و|and|or|&|او)\s*(?:(?:no|nos)\.?\s*|رقم\s*)?(?<open>\()?(?<a>\d{1,5})(?:\s*/\s*(?<b>\d{1,5}))?\)?
        (?:
        """ + YearPart + """
        )?
        (?![\d/])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex ListItem();

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])(?<organ>s|a)\s*/\s*res\s*/\s*(?:(?<session>\d{1,3})\s*/\s*)?(?<a>\d{1,5})(?:\s*\(\s*(?<year>(?:19|20)\d{2})\s*\))?(?!\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex UnSymbol();

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])(?:[وف]?[بلك]?)
        (?<kind>(?:fatf\s+)?recommendations?|rec\.|r\.|(?:ا?ل)?توصي(?:ه|ات|تين))
        \s*(?:(?:no|number)\.?\s*|رقم\s*)?(?<open>\()?(?<a>\d{1,2})\)?(?![\d/.]?\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Recommendation();

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])(?:[وف]?[بلك]?)
        (?<kind>circulars?|(?:ا?ل)?تعميم)
        (?:\s+(?<adjective>ال\p{L}+))?
        \s*(?:(?:no|number)\.?\s*|رقم\s*)?[:(]?\s*
        (?<number>\d{1,5}(?:\s*[/-]\s*(?:[\p{L}\p{Nd}]{1,6}(?:\s[\p{L}]{1,3})?)){0,4})
        (?:\s*\))?
        (?:\s*(?:of|لسنه|لعام)\s*\(?(?<year>(?:19|20)\d{2})\)?)?
        (?!\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Circular();
}
