using System.Globalization;
using Legal.Core.Graph;
using Legal.Core.Model;
using Legal.Core.Rendering;

namespace Legal.Server.Pages;

/// <summary>Search over titles, aliases and ids, in either language.</summary>
internal static class SearchPage
{
    private const int MaxResults = 100;

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    public static async Task<Html> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var q = page.Query("q")?.Trim() ?? "";
        var results = q.Length == 0 ? [] : (await graph.AllAsync(null, ct)).Where(n => Matches(n, q)).Take(MaxResults).ToList();
        var heading = q.Length == 0 ? Html.Empty
            : results.Count == 0 ? Html.Of($"<h2>{PageWords.NoResults[lang]} “{q}”</h2>")
            : Html.Of($"<h2>{PageWords.ResultsFor[lang]} “{q}” ({results.Count})</h2>");
        var items = results.Select(n => Html.Of($"""
            <li><a href="{NodeLinks.Href(n)}">{Layout.Text(n.Title, lang)}</a> <code dir="ltr" lang="en">{n.Id}</code></li>
            """));
        return Layout.Render(page, PageWords.Search[lang], Html.Of($"""
            <h1>{PageWords.Search[lang]}</h1>
            <form class="search search-large" role="search" action="/search" method="get">
            <label for="search-q">{PageWords.SearchLabel[lang]}</label>
            <input id="search-q" name="q" type="search" value="{q}">
            <button type="submit">{PageWords.Search[lang]}</button>
            </form>
            <section class="results" aria-live="polite">
            {heading}
            <ul class="nodes">{Html.Join(items)}</ul>
            </section>
            """));
    }

    private static bool Matches(Node node, string q) =>
        new[] { node.Title.En, node.Title.Ar, node.Id.ToString() }.Concat(node.Aliases).OfType<string>()
            .Any(text => Compare.IndexOf(text, q, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
}
