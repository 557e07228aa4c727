using System.Text.RegularExpressions;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>
/// The Akoma Ntoso element names a provision heading may use, with their English and Arabic labels.
/// A heading must say what its eId says: "Article 16" for <c>art_16</c>, so that a mistyped number is caught.
/// </summary>
public static partial class ProvisionHeading
{
    private static readonly Dictionary<string, (string En, string Ar)> Labels = new()
    {
        ["part"] = ("Part", "الباب"),
        ["chp"] = ("Chapter", "الفصل"),
        ["sec"] = ("Section", "القسم"),
        ["art"] = ("Article", "المادة"),
        ["para"] = ("Paragraph", "الفقرة"),
        ["item"] = ("Item", "البند"),
    };

    private static readonly string[] OrdinalsEn =
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
         "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"];

    private static readonly string[] OrdinalsAr =
        ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
         "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون"];

    public static IEnumerable<string> Prefixes => Labels.Keys;

    public static bool IsKnownElement(string element) => Labels.ContainsKey(element);

    /// <summary>The label a reader sees: "Article 16", "المادة 16", "Part One", "الباب الأول".</summary>
    public static string Label(EId eId, Lang lang)
    {
        var (element, number) = eId.Last;
        var labels = Labels[element];
        // Divisions above the article are numbered in words in the official texts ("Part One", "الباب الأول").
        var written = eId.Last.IsDivision && int.TryParse(number, out var n) && n is >= 1 and <= 20
            ? (lang == Lang.Ar ? OrdinalsAr : OrdinalsEn)[n - 1]
            : lang == Lang.Ar ? Arabic(number) : number;
        return $"{(lang == Lang.Ar ? labels.Ar : labels.En)} {written}";
    }

    /// <summary>An inserted article as the Arabic official text numbers it: 33bis is «33 مكرر».</summary>
    private static string Arabic(string number) => number.EndsWith("bis", StringComparison.Ordinal) ? $"{number[..^3]} مكرر" : number;

    public static Bilingual Title(EId eId, Bilingual heading) => new(
        heading.En is null ? Label(eId, Lang.En) : $"{Label(eId, Lang.En)} — {heading.En}",
        heading.Ar is null ? Label(eId, Lang.Ar) : $"{Label(eId, Lang.Ar)} — {heading.Ar}");

    /// <summary>Splits "Article 16 — Financial Intelligence Unit" into its label and its heading text.</summary>
    public static bool TryParse(string text, out string label, out string? heading)
    {
        var match = HeadingPattern().Match(text.Trim());
        label = match.Success ? match.Groups["label"].Value : "";
        heading = match.Success && match.Groups["heading"].Success ? match.Groups["heading"].Value.Trim() : null;
        return match.Success;
    }

    [GeneratedRegex(@"^(?<label>[A-Z][a-z]+ [0-9A-Za-z]+)(\s*[—:\-–]\s*(?<heading>.+))?$")]
    private static partial Regex HeadingPattern();
}
