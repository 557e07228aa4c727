using System.Text.RegularExpressions;

namespace Legal.Engine.References;

/// <summary>
/// The article a citation points into: "Article 3 of Law 106/2013", "Art. 33 bis of the AML/CFT Law",
/// "المادة (25) من القانون 106 لسنة 2013", "المادة 5 من اللائحة التنفيذية". An article prefix joins the citation that
/// follows it. "The executive regulations" alone names no instrument; after an article, it is the regulations of the
/// law the corpus is built around (the one ministerial resolution whose title says "Executive Regulations").
/// </summary>
internal static partial class Pinpoints
{
    /// <summary>Article prefixes in a folded text: where each starts, where the instrument citation must start, and the eId.</summary>
    public static IEnumerable<(int Start, int InstrumentAt, string EId)> Match(string folded)
    {
        foreach (Match match in Article().Matches(folded))
        {
            var bis = match.Groups["bis"].Success ? "bis" : "";
            yield return (match.Groups["kind"].Index, match.Index + match.Length, $"art_{match.Groups["n"].Value.TrimStart('0')}{bis}");
        }
    }

    /// <summary>Where "the executive regulations" starts at an offset of a folded text, and its length; 0 when not.</summary>
    public static int ExecutiveRegulations(string folded, int at) => Regulations().Match(folded, at) is { Success: true } m && m.Index == at ? m.Length : 0;

    [GeneratedRegex("""
        (?<![\p{L}\p{Nd}])(?:[وف]?(?:ب|ل|ك)?(?:ا?ل)?)?
        (?<kind>articles?|art\.|(?:ا?ل)?ماده|(?:ا?ل)?مادتين|(?:ا?ل)?مواد)
        \s*(?:(?:no|number)\.?\s*|رقم\s*)?(?<open>\()?\s*(?<n>\d{1,3})\s*(?<bis>\s?bis|\s?مكرر(?:ا|ه)?)?(?:\s*\))?
        (?:\s*\(\d{1,2}\)|\s*(?:,\s*)?(?:paragraph|para\.|clause|فقره|البند|بند)\s*\(?\d{1,2}\)?)?
        \s*(?:of\s+(?:the\s+)?|من\s+|in\s+(?:the\s+)?|under\s+(?:the\s+)?|,\s*)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Article();

    [GeneratedRegex("""\G(?:the\s+)?executive\s+(?:regulations|bylaws|by-laws)|\G(?:ا?ل)?لايحه\s+(?:ا?ل)?تنفيذيه""", RegexOptions.ExplicitCapture)]
    private static partial Regex Regulations();
}
