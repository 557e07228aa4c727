using System.Globalization;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// The compliance officer's question, "what binds my sector on this date": the register of duties ObligationFinder
/// returns for the sector, grouped by topic, each with its legal basis, supervisor and penalty, laid out to print.
/// </summary>
internal static class SectorPage
{
    private static readonly HashSet<RelationKind> DutyContext = [RelationKind.Imposes, RelationKind.PenalisedBy, RelationKind.About];

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var sectors = (await graph.AllAsync(new HashSet<NodeKind> { NodeKind.Sector }, ct)).OrderBy(s => s.Title.Prefer(lang), StringComparer.Ordinal).ToList();
        var chosen = NodeId.TryParse(page.Query("sector") ?? "", out var id) ? sectors.FirstOrDefault(s => s.Id == id) : null;
        var day = AsOf.OrToday(page.AsOf);
        var form = Form(page, sectors, chosen);
        if (chosen is null || page.BadAsOf)
        {
            var status = page.BadAsOf || page.Query("sector") is not null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            return Respond(page, Html.Of($"<h1>{Phrases.StartSector[lang]}</h1><p>{Phrases.SectorPick[lang]}</p>{form}"), Phrases.StartSector[lang], status);
        }

        var matches = await AllAsync(new ObligationFinder(graph), chosen.Id, day, ct);
        var duties = matches.Select(m => m.Obligation).ToList();
        // The supervisors are the finder's: those designated for this sector, never a blanket list.
        var supervisorsOf = matches.ToDictionary(m => m.Obligation.Id, m => m.Supervisors);
        var relations = await graph.RelationsAsync(duties.Select(d => d.Id).ToList(), Direction.Both, DutyContext, ct);
        var mentioned = relations.SelectMany(r => new[] { r.From, r.To, r.From.WorkId, r.To.WorkId }).Concat(matches.SelectMany(m => m.Supervisors));
        var named = new Dictionary<NodeId, Node>(await graph.GetManyAsync(mentioned.ToHashSet(), ct));
        var basisOf = relations.Where(r => r.Type == RelationKind.Imposes).ToLookup(r => r.To, r => r.From);
        // The chapter a duty's article sits in names its subject where no topic is recorded ("Preventive measures").
        var chapters = basisOf.SelectMany(b => b).Select(p => named.GetValueOrDefault(p)?.Parent).OfType<NodeId>().Where(p => !named.ContainsKey(p)).ToHashSet();
        foreach (var (key, node) in await graph.GetManyAsync(chapters, ct)) named[key] = node;
        Node? Lookup(NodeId n) => named.GetValueOrDefault(n);
        var topicOf = relations.Where(r => r.Type == RelationKind.About).ToLookup(r => r.From, r => r.To);
        Node? Basis(Node duty) => basisOf[duty.Id].Select(Lookup).OfType<Node>().OrderBy(p => p.Id.WorkId.ToString(), StringComparer.Ordinal).ThenBy(p => p.Order).FirstOrDefault();
        Node? Subject(Node duty) => topicOf[duty.Id].Select(Lookup).OfType<Node>().OrderBy(t => t.Id.ToString(), StringComparer.Ordinal).FirstOrDefault()
            ?? (Basis(duty)?.Parent is { } parent ? Lookup(parent) : null);
        var groups = duties
            .OrderBy(d => Basis(d)?.Id.WorkId.ToString(), StringComparer.Ordinal).ThenBy(d => Basis(d)?.Order ?? int.MaxValue).ThenBy(d => d.Id.ToString(), StringComparer.Ordinal)
            .GroupBy(d => Subject(d)?.Id)
            .Select(g => Group(g.Key is { } key ? Lookup(key) : null, g.ToList(), relations, supervisorsOf, Lookup, lang));
        // The date is isolated left to right (LRI … PDI), so an Arabic title does not reverse it.
        var title = Phrases.SectorRegister.Format(lang, Phrases.MidSentence(chosen.Title.Prefer(lang), lang), $"\u2066{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\u2069");
        return Respond(page, Html.Of($"""
            <div class="register-page">
            <h1>{title}</h1>
            <p>{Phrases.SectorIntro[lang]}</p>
            <p class="ours">{Phrases.OurSummary[lang]}</p>
            {(duties.Count == 0 ? Html.Of($"<p>{Phrases.NoDuties[lang]}</p>") : Html.Join(groups))}
            </div>
            <section class="request" aria-labelledby="register-again">
            <h2 id="register-again">{Phrases.StartSector[lang]}</h2>
            {form}
            </section>
            """), title);
    }

    /// <summary>Every duty ObligationFinder finds for the sector on the day, walking its pages.</summary>
    private static async Task<IReadOnlyList<ObligationMatch>> AllAsync(ObligationFinder finder, NodeId sector, DateOnly day, CancellationToken ct)
    {
        var all = new List<ObligationMatch>();
        for (string? after = null; ;)
        {
            var found = await finder.FindAsync(new ObligationQuery(Subject: sector, AsOf: day, First: Paging.MaxPageSize, After: after), ct);
            all.AddRange(found.Items);
            if (!found.HasNextPage) return all;
            after = found.EndCursor;
        }
    }

    private static Html Group(Node? topic, IReadOnlyList<Node> duties, IReadOnlyList<Relation> relations,
        IReadOnlyDictionary<NodeId, IReadOnlyList<NodeId>> supervisorsOf, Func<NodeId, Node?> lookup, Lang lang)
    {
        var heading = topic is null ? Html.Of($"{Phrases.OtherDuties[lang]}")
            : topic.Kind == NodeKind.Provision ? Html.Of($"{Citations.Short(topic, lookup, lang)}")
            : Layout.Text(topic.Title, lang);
        Html Cite(NodeId id) => lookup(id) is { } n ? Html.Of($"""<a href="{PageLinks.Site.Href(n)}">{Citations.Short(n, lookup, lang)}</a>""") : Html.Empty;
        Html Names(IEnumerable<NodeId> ids) => ids.ToList() is { Count: > 0 } list
            ? Html.Join(list.Select((n, i) => Html.Of($"{(i > 0 ? Phrases.Comma(lang) : "")}{Cite(n)}")))
            : Html.Of($"""<span class="unknown">{Phrases.NoneRecorded[lang]}</span>""");
        var rows = duties.Select(d =>
        {
            var basis = relations.Where(r => r.Type == RelationKind.Imposes && r.To == d.Id).Select(r => r.From);
            var supervisors = supervisorsOf.GetValueOrDefault(d.Id) ?? [];
            var penalties = relations.Where(r => r.Type == RelationKind.PenalisedBy && r.From == d.Id).Select(r => r.To);
            var extra = new List<Html>();
            if (d.Conditions.Prefer(lang) is not null) extra.Add(Html.Of($"""<br><span class="cond">{Phrases.Conditions[lang]}: {Layout.Text(d.Conditions, lang)}</span>"""));
            if (d.Deadline.Prefer(lang) is not null) extra.Add(Html.Of($"""<br><span class="cond">{Phrases.Deadline[lang]}: {Layout.Text(d.Deadline, lang)}</span>"""));
            return Html.Of($"""
                <tr>
                <td><strong>{Phrases.DeonticLabel(d.Deontic, lang)}:</strong> <a href="{PageLinks.Site.Href(d)}">{Layout.Text(d.Title, lang)}</a>{Html.Join(extra)}</td>
                <td>{Names(basis)}</td>
                <td>{Names(supervisors)}</td>
                <td>{Names(penalties)}</td>
                </tr>
                """);
        });
        return Html.Of($"""
            <section class="duty-group">
            <h2>{heading}</h2>
            <div class="table-wrap">
            <table class="register">
            <thead><tr><th scope="col">{Phrases.Duty[lang]}</th><th scope="col">{Phrases.Basis[lang]}</th><th scope="col">{Phrases.Supervisor[lang]}</th><th scope="col">{Phrases.Penalty[lang]}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            </div>
            </section>
            """);
    }

    private static IResult Respond(PageContext page, Html main, string title, int status = StatusCodes.Status200OK) =>
        PageEndpoints.Respond(Layout.Render(page, title, main), status);

    private static Html Form(PageContext page, IReadOnlyList<Node> sectors, Node? chosen)
    {
        var lang = page.Lang;
        var options = sectors.Select(s => Html.Of($"""<option value="{s.Id}"{(s.Id == chosen?.Id ? Html.Of($" selected") : Html.Empty)}>{s.Title.Prefer(lang)}</option>"""));
        return Html.Of($"""
            <form class="query" action="/register" method="get">
            <label for="sector">{Phrases.SectorChoose[lang]}</label>
            <select id="sector" name="sector">{Html.Join(options)}</select>
            {Forms.AsOfField(page, Phrases.SectorOn[lang])}
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.SectorShow[lang]}</button>
            </form>
            """);
    }
}
