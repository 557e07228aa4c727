using Legal.Model;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The page shell: skip link, header with search and language switch, the main content, and a footer.</summary>
internal static class Layout
{
    /// <summary>The page in the layout; <paramref name="headerSearch"/> is off on pages whose content is itself a search box, so each page has one.</summary>
    public static Html Render(PageContext page, string title, Html main, bool headerSearch = true)
    {
        var lang = page.Lang;
        var other = page.OtherLang;
        var search = headerSearch ? Html.Of($"""
            <form class="search" role="search" action="/search" method="get">
            <label for="site-q" class="visually-hidden">{Phrases.SearchLabel[lang]}</label>
            <input id="site-q" name="q" type="search" value="{page.Query("q") ?? ""}" placeholder="{Phrases.Search[lang]}">
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Search[lang]}</button>
            </form>
            """) : Html.Empty;
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="{lang.Code()}" dir="{lang.Direction()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Brief(title)} · {Phrases.SiteName[lang]}</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip" href="#main">{Phrases.SkipToContent[lang]}</a>
            <header class="site">
            <a class="brand" href="/?lang={lang.Code()}"><bdi lang="en">{Phrases.SiteName[lang]}</bdi></a>
            {search}
            <nav class="tools" aria-label="{Phrases.Tools[lang]}">
            <a href="{page.In(other)}" hreflang="{other.Code()}" lang="{other.Code()}" dir="{other.Direction()}">{LanguageName(other)}</a>
            <a href="/trace?lang={lang.Code()}">{Phrases.Trace[lang]}</a>
            <a href="/register?lang={lang.Code()}">{Phrases.SectorChoose[lang]}</a>
            <a href="/curriculum?lang={lang.Code()}">{Phrases.Curriculum[lang]}</a>
            <a href="/about?lang={lang.Code()}">{Phrases.About[lang]}</a>
            <a href="/graphql">{Phrases.Explorer[lang]}</a>
            </nav>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="site">
            <p class="ours-note">{Phrases.OurSummaryNote[lang]}</p>
            <p>{Phrases.Tagline[lang]}</p>
            <p class="receipt" dir="{lang.Direction()}">{Receipt(page)}</p>
            </footer>
            </body>
            </html>
            """);
    }

    /// <summary>A title in the reader's language; when only the other language has one, it is marked as that language.</summary>
    public static Html Text(Bilingual text, Lang lang)
    {
        if (text[lang] is { } own) return Html.Of($"{own}");
        var other = lang == Lang.Ar ? Lang.En : Lang.Ar;
        return Html.Of($"""<span lang="{other.Code()}" dir="{other.Direction()}">{text[other] ?? ""}</span>""");
    }

    /// <summary>A list of links to nodes, each titled in the reader's language.</summary>
    /// <summary>Links to nodes; an instrument not in force on <paramref name="day"/> is marked with its status.</summary>
    public static Html Links(IEnumerable<Node> nodes, Lang lang, DateOnly day) =>
        Html.Of($"""<ul class="nodes">{Html.Join(nodes.Select(n => Html.Of($"""<li><a href="{PageLinks.Site.Href(n)}">{Text(n.Title, lang)}</a>{StatusMark(n, lang, day)}</li>""")))}</ul>""");

    private static Html StatusMark(Node node, Lang lang, DateOnly day) =>
        node.Kind.IsInstrument() && InForce.Of(node, day) is { Status: not InForceStatus.InForce and not InForceStatus.Unknown } status
            ? Html.Of($""" <span class="status">({Phrases.StatusLabel(status.Status, lang)})</span>""")
            : Html.Empty;

    /// <summary>
    /// Which corpus the page was read from, as the API's extensions.corpus says it, so that a printed page carries its
    /// receipt. The compile time is left out: the same corpus gives the same page after a restart.
    /// </summary>
    private static Html Receipt(PageContext page)
    {
        var version = page.Version;
        var commit = version.Commit is { } c ? Html.Of($""", {Phrases.Commit[page.Lang]} <code dir="ltr" title="{c}">{c[..Math.Min(12, c.Length)]}</code>""") : Html.Empty;
        return Html.Of($"""{Phrases.CorpusVersion[page.Lang]} <code dir="ltr" title="{version.Hash}">{Hosting.CorpusReceipt.Short(version)}</code>{commit}""");
    }

    /// <summary>A tab or bookmark shows a few words: a long title is cut at a word, the page's heading gives it whole.</summary>
    private static string Brief(string title)
    {
        if (title.Length <= TitleLength) return title;
        var cut = title.LastIndexOf(' ', TitleLength - 1);
        return title[..(cut > 0 ? cut : TitleLength)].TrimEnd(',', '،', ' ') + "…";
    }

    private const int TitleLength = 60;

    private static string LanguageName(Lang lang) => lang == Lang.Ar ? "العربية" : "English";
}
