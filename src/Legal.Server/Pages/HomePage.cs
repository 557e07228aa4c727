using System.Globalization;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The front page: what Legal is, a search box, and every instrument and body to browse.</summary>
internal static class HomePage
{
    private static readonly (Phrase Heading, Func<NodeKind, bool> Kinds)[] Sections =
    [
        (Phrases.Laws, k => k is NodeKind.Law or NodeKind.DecreeLaw),
        (Phrases.Resolutions, k => k is NodeKind.MinisterialResolution or NodeKind.CabinetResolution),
        (Phrases.UnResolutions, k => k == NodeKind.UnResolution),
        (Phrases.Standards, k => k == NodeKind.Standard),
        (Phrases.Institutions, k => k == NodeKind.Institution),
        (Phrases.Frameworks, k => k == NodeKind.Framework),
        (Phrases.Events, k => k == NodeKind.Event),
        (Phrases.People, k => k == NodeKind.Person),
        (Phrases.States, k => k == NodeKind.State),
        (Phrases.Sectors, k => k == NodeKind.Sector),
        (Phrases.Topics, k => k == NodeKind.Topic),
    ];

    // "Recommendation 2" before "Recommendation 10".
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering);

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var nodes = await graph.AllAsync(null, ct);
        var today = AsOf.OrToday(null);
        var sections = Sections
            .Select(s => (s.Heading, Nodes: nodes.Where(n => s.Kinds(n.Kind)).OrderBy(n => n.Title.Prefer(lang), TitleOrder).ToList()))
            .Where(s => s.Nodes.Count > 0)
            .Select(s => Html.Of($"""
                <section class="browse">
                <h2>{s.Heading[lang]}</h2>
                {Layout.Links(s.Nodes, lang, today)}
                </section>
                """));
        return PageEndpoints.Respond(Layout.Render(page, Phrases.Tagline[lang], Html.Of($"""
            <h1>{Phrases.SiteName[lang]}</h1>
            <p class="lead">{Phrases.Intro[lang]}</p>
            <form class="search search-large" role="search" action="/search" method="get">
            <label for="home-q">{Phrases.SearchLabel[lang]}</label>
            <input id="home-q" name="q" type="search">
            <button type="submit">{Phrases.Search[lang]}</button>
            </form>
            <div class="sections">
            {Html.Join(sections)}
            </div>
            """)));
    }
}
