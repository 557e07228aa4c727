using Legal.Engine;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>Full-text search in both languages (the store's <c>SearchAsync</c>), a page of hits at a time, each with its passage.</summary>
internal static class SearchPage
{
    private const int PageSize = 30;

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var q = page.Query("q")?.Trim() ?? "";
        Page<SearchHit>? hits;
        try
        {
            hits = q.Length == 0 ? null : await graph.SearchAsync(new SearchQuery(q, First: PageSize, After: page.Query("after")), ct);
        }
        catch (ArgumentException e)
        {
            return PageEndpoints.Respond(Render(page, q, Html.Of($"""<p class="error">{e.Message}</p>""")), StatusCodes.Status400BadRequest);
        }
        return PageEndpoints.Respond(Render(page, q, hits is null ? Html.Empty : Hits(page, q, hits)));
    }

    private static Html Hits(PageContext page, string q, Page<SearchHit> hits)
    {
        var lang = page.Lang;
        var (open, close) = lang == Lang.Ar ? ("«", "»") : ("“", "”");
        if (hits.TotalCount == 0) return Html.Of($"<h2>{Phrases.NoResults[lang]} {open}<bdi>{q}</bdi>{close}</h2>");
        var items = hits.Items.Select(h => Html.Of($"""
            <li><a href="{PageLinks.Site.Href(h.Node)}">{Layout.Text(h.Node.Title, lang)}</a> <span class="kind">{Phrases.KindName(h.Node.Kind, lang)}</span>
            {Snippet(h.Snippet)}</li>
            """));
        var more = hits.HasNextPage
            ? Html.Of($"""<p><a href="/search?lang={lang.Code()}&amp;q={Uri.EscapeDataString(q)}&amp;after={Uri.EscapeDataString(hits.EndCursor!)}">{Phrases.MoreResults[lang]}</a></p>""")
            : Html.Empty;
        return Html.Of($"""
            <h2>{Phrases.ResultsFor[lang]} {open}<bdi>{q}</bdi>{close} <bdi>({hits.TotalCount})</bdi></h2>
            <ol class="hits">{Html.Join(items)}</ol>
            {more}
            """);
    }

    private static Html Render(PageContext page, string q, Html results)
    {
        var lang = page.Lang;
        return Layout.Render(page, Phrases.Search[lang], Html.Of($"""
            <h1>{Phrases.Search[lang]}</h1>
            <form class="search search-large" role="search" action="/search" method="get">
            <label for="search-q">{Phrases.SearchLabel[lang]}</label>
            <input id="search-q" name="q" type="search" value="{q}">
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Search[lang]}</button>
            </form>
            <section class="results" aria-live="polite">
            {results}
            </section>
            """), headerSearch: false);
    }

    /// <summary>The passage around the match: encoded text with the matched spans marked, labelled with its own language.</summary>
    private static Html Snippet(Snippet snippet)
    {
        var parts = new List<Html>();
        var at = 0;
        foreach (var span in snippet.Highlights)
        {
            parts.Add(Html.Of($"{snippet.Text[at..span.Start]}"));
            parts.Add(Html.Of($"<mark>{snippet.Text[span.Start..span.End]}</mark>"));
            at = span.End;
        }
        parts.Add(Html.Of($"{snippet.Text[at..]}"));
        var (before, after) = (snippet.Before ? "…" : "", snippet.After ? "…" : "");
        return Html.Of($"""<p class="snippet" lang="{snippet.Lang.Code()}" dir="{snippet.Lang.Direction()}">{before}{Html.Join(parts)}{after}</p>""");
    }
}
