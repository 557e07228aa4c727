using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// One of our summaries on a page: its links pointed at pages, sanitised, marked with its language, and labelled as our
/// summary and not the official text, on screen and in print.
/// </summary>
internal static class Summary
{
    /// <summary>
    /// The summary in the reader's language. Where only the English one exists, an Arabic page links to it rather than
    /// set English prose among Arabic (<paramref name="inOtherLanguage"/> is that address); an English page shows the
    /// Arabic one, marked as Arabic.
    /// </summary>
    public static Html Render(Bilingual summary, NodeId owner, Lang lang, Func<NodeId, Node?> lookup, string? inOtherLanguage = null)
    {
        if (summary.Prefer(lang) is not { } text) return Html.Empty;
        var own = summary[lang] is not null;
        if (!own && lang == Lang.Ar && inOtherLanguage is not null)
        {
            return Html.Of($"""<p class="missing">{Phrases.NoArabicSummary[lang]} <a href="{inOtherLanguage}" hreflang="en">{Phrases.ReadInEnglish[lang]}</a></p>""");
        }
        var textLang = own ? lang : lang == Lang.Ar ? Lang.En : Lang.Ar;
        var markdown = SummaryLinks.Rewrite(text, owner, id => lookup(id) is { } target ? PageLinks.Site.Href(target) : null);
        var missing = own ? Html.Empty : Html.Of($"""<p class="missing">{Phrases.Missing[lang]}</p>""");
        return Html.Of($"""
            <div class="summary">
            <p class="ours">{Phrases.OurSummary[lang]}</p>
            {missing}
            {Html.Sanitised(HtmlRenderer.RenderPassage(markdown, textLang, "summary-text"))}
            </div>
            """);
    }

    /// <summary>The summary's link targets, to fetch with the page's other nodes.</summary>
    public static IEnumerable<NodeId> Targets(Bilingual summary, NodeId owner) =>
        new[] { summary.En, summary.Ar }.OfType<string>().SelectMany(md => SummaryLinks.Targets(md, owner));
}
