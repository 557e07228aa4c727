using System.Globalization;
using Legal.Engine;
using Legal.Model;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The front page: what Legal is, a search box, and every instrument and body to browse.</summary>
internal static class HomePage
{
    private static readonly (Phrase Heading, Func<NodeKind, bool> Kinds)[] Sections =
    [
        (PageWords.Laws, k => k is NodeKind.Law or NodeKind.DecreeLaw),
        (PageWords.Resolutions, k => k is NodeKind.MinisterialResolution or NodeKind.CabinetResolution),
        (PageWords.UnResolutions, k => k == NodeKind.UnResolution),
        (PageWords.Standards, k => k == NodeKind.Standard),
        (PageWords.Institutions, k => k == NodeKind.Institution),
        (PageWords.Frameworks, k => k == NodeKind.Framework),
        (PageWords.Events, k => k == NodeKind.Event),
        (PageWords.People, k => k == NodeKind.Person),
        (PageWords.States, k => k == NodeKind.State),
        (PageWords.Sectors, k => k == NodeKind.Sector),
        (PageWords.Topics, k => k == NodeKind.Topic),
    ];

    // "Recommendation 2" before "Recommendation 10".
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering);

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var nodes = await graph.AllAsync(null, ct);
        var sections = Sections
            .Select(s => (s.Heading, Nodes: nodes.Where(n => s.Kinds(n.Kind)).OrderBy(n => n.Title.Prefer(lang), TitleOrder).ToList()))
            .Where(s => s.Nodes.Count > 0)
            .Select(s => Html.Of($"""
                <section class="browse">
                <h2>{s.Heading[lang]}</h2>
                {Layout.Links(s.Nodes, lang)}
                </section>
                """));
        return PageEndpoints.Respond(Layout.Render(page, PageWords.Tagline[lang], Html.Of($"""
            <h1>{PageWords.SiteName[lang]}</h1>
            <p class="lead">{PageWords.Intro[lang]}</p>
            <form class="search search-large" role="search" action="/search" method="get">
            <label for="home-q">{PageWords.SearchLabel[lang]}</label>
            <input id="home-q" name="q" type="search">
            <button type="submit">{PageWords.Search[lang]}</button>
            </form>
            <div class="sections">
            {Html.Join(sections)}
            </div>
            """)));
    }
}
