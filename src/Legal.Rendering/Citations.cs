using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Rendering;

/// <summary>How a node is named in running text: a provision with its instrument, so "Article 3" never stands alone.</summary>
public static class Citations
{
    public static string Name(Node node, Func<NodeId, Node?> lookup, Lang lang) =>
        node.Kind == NodeKind.Provision && lookup(node.Id.WorkId) is { } work
            ? $"{node.Title.Prefer(lang)}{Phrases.Comma(lang)}{work.Title.Prefer(lang)}"
            : node.Title.Prefer(lang) ?? node.Id.ToString();

    /// <summary>The node's name as a Markdown link to its page.</summary>
    public static string Link(Node node, Func<NodeId, Node?> lookup, Lang lang, ILinkScheme links) =>
        $"[{MarkdownRenderer.Escape(Name(node, lookup, lang))}]({links.Href(node)})";

    /// <summary>
    /// The citation a lawyer writes: "Art. 3, Law 106/2013", «المادة 3، القانون 106/2013». Falls back to the full name
    /// where the number or the year is not known, so no number is ever made up.
    /// </summary>
    public static string Short(Node node, Func<NodeId, Node?> lookup, Lang lang)
    {
        if (node.Kind != NodeKind.Provision) return ShortWork(node, lang) ?? Name(node, lookup, lang);
        var work = lookup(node.Id.WorkId);
        var article = node.Id.EId is { } eId && eId.Last.Element == "art" ? ArticleLabel(eId.Last.Number, lang) : node.Title.Prefer(lang);
        return work is null ? article ?? node.Id.ToString() : $"{article}{Phrases.Comma(lang)}{ShortWork(work, lang) ?? work.Title.Prefer(lang)}";
    }

    /// <summary>The short citation as a Markdown link to its page.</summary>
    public static string ShortLink(Node node, Func<NodeId, Node?> lookup, Lang lang, ILinkScheme links) =>
        $"[{MarkdownRenderer.Escape(Short(node, lookup, lang))}]({links.Href(node)})";

    /// <summary>"Art. 33 bis", «المادة 33 مكرر»: an inserted article keeps its number with the word the official text uses.</summary>
    public static string ArticleLabel(string number, Lang lang)
    {
        var inserted = number.EndsWith("bis", StringComparison.Ordinal);
        var digits = inserted ? number[..^3] : number;
        return lang == Lang.Ar ? $"المادة {digits}{(inserted ? " مكرر" : "")}" : $"Art. {digits}{(inserted ? " bis" : "")}";
    }

    /// <summary>
    /// "Law 106/2013" from the instrument's own number and year; null when either is not recorded, and for a regulator's
    /// instructions, whose kind word ("Instructions", "Circular", "Module") and issuer only their title gives.
    /// </summary>
    private static string? ShortWork(Node work, Lang lang) =>
        work.Kind.IsInstrument() && work.Kind is not (NodeKind.Standard or NodeKind.RegulatoryInstruction) && work.Number is { } number && IssueYear(work) is { } year
            ? $"{Phrases.KindShort(work.Kind, lang)} {number}/{year}"
            : null;

    /// <summary>The year of issue, also when the day is disputed but every source agrees on the year.</summary>
    public static int? IssueYear(Node work)
    {
        if (work.Date is { } date) return date.Year;
        var years = work.Claims.Where(c => c.Field == "date")
            .Select(c => PartialDate.TryParse(c.Value, out var d) ? d.Year : (int?)null).Distinct().ToList();
        return years is [{ } only] ? only : null;
    }
}
