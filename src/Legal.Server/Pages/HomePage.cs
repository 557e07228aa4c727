using System.Globalization;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// The front page: one search box, a starting point for each kind of reader (the adviser's trace, the officer's sector
/// register, the trainer's handout), the instruments with their status and dates in order of importance, and the bodies
/// and everything else to browse.
/// </summary>
internal static class HomePage
{
    private static readonly (Phrase Heading, Func<NodeKind, bool> Kinds)[] Browse =
    [
        (Phrases.Institutions, k => k == NodeKind.Institution),
        (Phrases.Frameworks, k => k == NodeKind.Framework),
        (Phrases.Sectors, k => k == NodeKind.Sector),
        (Phrases.Events, k => k == NodeKind.Event),
        (Phrases.People, k => k == NodeKind.Person),
        (Phrases.States, k => k == NodeKind.State),
        (Phrases.Topics, k => k == NodeKind.Topic),
    ];

    // "Recommendation 2" before "Recommendation 10".
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering);

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var today = AsOf.OrToday(null);
        var nodes = await graph.AllAsync(null, ct);
        var instruments = nodes.Where(n => n.Kind.IsInstrument()).ToList();
        var statuses = await InstrumentStatus.ForManyAsync(graph, instruments, today, ct);
        var sections = Browse
            .Select(s => (s.Heading, Nodes: nodes.Where(n => s.Kinds(n.Kind)).OrderBy(n => n.Title.Prefer(lang), TitleOrder).ToList()))
            .Where(s => s.Nodes.Count > 0)
            .Select(s => Html.Of($"""
                <section class="browse">
                <h3>{s.Heading[lang]}</h3>
                {Layout.Links(s.Nodes, lang, today)}
                </section>
                """));
        return PageEndpoints.Respond(Layout.Render(page, Phrases.Tagline[lang], Html.Of($"""
            <h1><bdi lang="en">{Phrases.SiteName[lang]}</bdi>: {Phrases.Tagline[lang]}</h1>
            <p class="lead">{Phrases.Intro[lang]}</p>
            <form class="search search-large" role="search" action="/search" method="get">
            <label for="home-q">{Phrases.SearchLabel[lang]}</label>
            <input id="home-q" name="q" type="search">
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Search[lang]}</button>
            </form>
            <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{Phrases.StartHere[lang]}</h2>
            <ul class="cards">
            <li><a href="/trace?lang={lang.Code()}">{Phrases.StartTrace[lang]}</a><p>{Phrases.StartTraceText[lang]}</p></li>
            <li><a href="/register?lang={lang.Code()}">{Phrases.StartSector[lang]}</a><p>{Phrases.StartSectorText[lang]}</p></li>
            <li><a href="/curriculum?lang={lang.Code()}">{Phrases.StartHandout[lang]}</a><p>{Phrases.StartHandoutText[lang]}</p></li>
            </ul>
            </section>
            <section class="instruments" aria-labelledby="instruments-heading">
            <h2 id="instruments-heading">{Phrases.Instruments[lang]}</h2>
            <p>{Phrases.InstrumentsOrder[lang]}</p>
            {InstrumentTable(InstrumentOrder.Sort(instruments, n => statuses[n.Id]).ToList(), statuses, lang)}
            </section>
            <section aria-labelledby="browse-heading">
            <h2 id="browse-heading">{Phrases.Browse[lang]}</h2>
            <div class="sections">
            {Html.Join(sections)}
            </div>
            </section>
            <p><a href="/about?lang={lang.Code()}">{Phrases.About[lang]}</a></p>
            """), headerSearch: false));
    }

    private static Html InstrumentTable(IReadOnlyList<Node> instruments, IReadOnlyDictionary<Model.Ids.NodeId, InstrumentStatus> statuses, Lang lang)
    {
        var rows = instruments.Select(n =>
        {
            var status = statuses[n.Id];
            var (label, css) = status.Kind switch
            {
                StatusKind.Repealed => (Phrases.StatusRepealed[lang], "repealed"),
                StatusKind.NotYetInForce => (Phrases.StatusNotYetInForce[lang], "not-yet"),
                StatusKind.InForce => (Phrases.StatusInForce[lang], "in-force"),
                _ => (Phrases.StatusUnknown[lang], "unknown"),
            };
            var dates = new List<string>();
            if (Citations.IssueYear(n) is { } year) dates.Add($"{Phrases.Issued[lang]} {n.Date?.ToString() ?? year.ToString(CultureInfo.InvariantCulture)}");
            if (status.InForceFrom is { } from) dates.Add($"{Phrases.InForceFrom[lang]} {from}");
            if (status.InForceUntil is { } until) dates.Add($"{Phrases.InForceUntil[lang]} {until}");
            var repealedBy = status.RepealedBy.Select(r => Html.Of($"""<br><span class="by">{Phrases.RelationTo(RelationKind.Repeals, lang)} <a href="{PageLinks.Site.Href(r)}">{Layout.Text(r.Title, lang)}</a></span>"""));
            return Html.Of($"""
                <tr>
                <th scope="row"><a href="{PageLinks.Site.Href(n)}">{Layout.Text(n.Title, lang)}</a></th>
                <td>{Phrases.KindName(n.Kind, lang)}</td>
                <td><span class="status {css}">{label}</span>{Html.Join(repealedBy)}</td>
                <td>{string.Join(Phrases.Semicolon(lang), dates)}</td>
                </tr>
                """);
        });
        return Html.Of($"""
            <div class="table-wrap">
            <table class="register">
            <thead><tr><th scope="col">{Phrases.Instrument[lang]}</th><th scope="col">{Phrases.Kind[lang]}</th><th scope="col">{Phrases.StatusHeading[lang]}</th><th scope="col">{Phrases.Dates[lang]}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            </div>
            """);
    }
}
