using System.Globalization;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// An instrument read the way legislation.gov.uk and Laws.Africa lay one out: a status box first (in force or repealed,
/// dates, what amended it, how far our knowledge of its changes reaches), its points in time with a compare view, the
/// contents by heading, and each provision with its status, its own graded sources and its disputes. The identifiers
/// sit in a collapsed box at the end. Every summary is labelled as ours.
/// </summary>
internal static class InstrumentPage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, NodeId id, CancellationToken ct)
    {
        if (await graph.GetAsync(id, ct) is not { } instrument || !instrument.Kind.IsInstrument()) return NotFoundPage.Render(page);
        var view = await InstrumentView.LoadAsync(graph, instrument, AsOf.OrToday(page.AsOf), ct);
        var lang = page.Lang;
        var compare = CompareDates(page);
        var notice = Notice(instrument, page.AsOf, lang);
        var asOfLine = page.AsOf is { } day ? Html.Of($"""<p class="asof-line">{Phrases.AsOf[lang]} <time datetime="{Iso(day)}">{Iso(day)}</time></p>""") : Html.Empty;
        var document = Layout.Render(page, instrument.Title.Prefer(lang) ?? id.ToString(), Html.Of($"""
            <div class="instrument">
            <article class="text" lang="{lang.Code()}" dir="{lang.Direction()}">
            <h1>{Layout.Text(instrument.Title, lang)}</h1>
            {asOfLine}
            {notice}
            {StatusBox(view, lang)}
            {(compare is { } c ? Comparison(view, c.From, c.To, lang) : Html.Empty)}
            {Summary.Render(instrument.Summary, id, lang, view.Node, "?lang=en")}
            {Claims(instrument, view, lang)}
            {Provisions(view, page.AsOf, lang)}
            {Relations(view, lang)}
            {Identifiers(instrument, lang)}
            </article>
            <aside class="side" aria-label="{Phrases.Contents[lang]}">
            {AsOfForm(page)}
            {TracePage.LinkFor(instrument, lang)}
            {Timeline(page, view, compare)}
            <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{Phrases.Contents[lang]}</h2>
            {Contents(view, id, lang)}
            </nav>
            </aside>
            </div>
            """));
        return PageEndpoints.Respond(document, page.BadAsOf ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Html Link(Node node, Lang lang) => Html.Of($"""<a href="{PageLinks.Site.Href(node)}">{Layout.Text(node.Title, lang)}</a>""");

    private static Html Date(PartialDate? date, Lang lang) =>
        date is { } d ? Html.Of($"""<time datetime="{d.ToString()}">{d.ToString()}</time>""") : Html.Of($"""<span class="unknown">{Phrases.NotKnown[lang]}</span>""");

    private static Html StatusBox(InstrumentView view, Lang lang)
    {
        var status = view.Status;
        var (label, css) = status.Kind switch
        {
            StatusKind.Repealed => (Phrases.StatusRepealed[lang], "repealed"),
            StatusKind.NotYetInForce => (Phrases.StatusNotYetInForce[lang], "not-yet"),
            StatusKind.InForce => (Phrases.StatusInForce[lang], "in-force"),
            _ => (Phrases.StatusUnknown[lang], "unknown"),
        };
        // Relation labels run inside sentences ("amended by"); as a term they start with a capital.
        Html Row(string term, Html value) => Html.Of($"<div><dt>{char.ToUpperInvariant(term[0])}{term[1..]}</dt><dd>{value}</dd></div>");
        Html Names(IReadOnlyList<Node> nodes) => Html.Join(nodes.Select((n, i) => Html.Of($"{(i > 0 ? Phrases.Comma(lang) : "")}{Link(n, lang)}")));
        var rows = new List<Html>
        {
            Row(Phrases.Kind[lang], Html.Of($"{Phrases.KindName(view.Instrument.Kind, lang)}{(view.Instrument.Jurisdiction is { } j ? Phrases.Comma(lang) + Phrases.JurisdictionName(j, lang) : "")}")),
            Row(Phrases.Issued[lang], view.Disputed("date") ? Html.Of($"""<span class="unknown">{Phrases.Disputed[lang]}</span>""") : Date(status.Issued, lang)),
            Row(Phrases.InForceFrom[lang], Date(status.InForceFrom, lang)),
        };
        if (status.InForceUntil is not null) rows.Add(Row(Phrases.InForceUntil[lang], Date(status.InForceUntil, lang)));
        if (status.RepealedBy.Count > 0) rows.Add(Row(Phrases.RelationTo(RelationKind.Repeals, lang), Names(status.RepealedBy)));
        if (status.AmendedBy.Count > 0) rows.Add(Row(Phrases.RelationTo(RelationKind.Amends, lang), Names(status.AmendedBy)));
        if (status.Repeals.Count > 0) rows.Add(Row(Phrases.RelationFrom(RelationKind.Repeals, lang), Names(status.Repeals)));
        if (status.Amends.Count > 0) rows.Add(Row(Phrases.RelationFrom(RelationKind.Amends, lang), Names(status.Amends)));
        rows.Add(Row(Phrases.ChangesKnownUpTo[lang], Date(status.KnownUpTo, lang)));
        return Html.Of($"""
            <section class="status-box {css}" aria-labelledby="status-heading">
            <h2 id="status-heading">{Phrases.StatusHeading[lang]}: <span class="status-label">{label}</span></h2>
            <dl>{Html.Join(rows)}</dl>
            <p class="ours-note">{Phrases.OurSummaryNote[lang]}</p>
            </section>
            """);
    }

    /// <summary>Facts on which the sources disagree (the issue date of Law 106), each version with its sources.</summary>
    private static Html Claims(Node node, InstrumentView view, Lang lang)
    {
        var disputes = view.DisputesOf(node.Id);
        if (disputes.Count == 0) return Html.Empty;
        return Html.Of($"""
            <section class="disputes" aria-labelledby="claims-heading">
            <h2 id="claims-heading">{Phrases.ProvisionDisputes[lang]}</h2>
            {DisputeList(disputes, view, lang)}
            </section>
            """);
    }

    private static Html DisputeList(IReadOnlyList<Dispute> disputes, InstrumentView view, Lang lang)
    {
        // Notes are written in English only; an Arabic page leaves them to the English one rather than mix languages.
        Html Note(Claim claim) => lang == Lang.En && claim.Note is { } note ? Html.Of($" <span class=\"note\">({note})</span>") : Html.Empty;
        Html Claim(Claim claim) => Html.Of($"""
            <li><bdi>{claim.Value}</bdi> — {Html.Join(claim.Sources.Select(view.Node).OfType<Node>().Select((s, i) => Html.Of($"{(i > 0 ? Phrases.Comma(lang) : "")}{SourceLink(s, lang)}")))}{Note(claim)}</li>
            """);
        return Html.Join(disputes.Select(d => Html.Of($"""
            <p class="dispute-field">{Phrases.DisputeOn.Format(lang, Phrases.FieldName(d.Field, lang))}</p>
            <ul class="claims">{Html.Join(d.Claims.Select(Claim))}</ul>
            """)));
    }

    private static Html SourceLink(Node source, Lang lang) => Html.Of(
        $"""{Link(source, lang)} <span class="grade">({Phrases.GradeLabel(source.Grade, lang)}{(source.Date is { } d ? Phrases.Comma(lang) + d.ToString() : "")})</span>""");

    private static Html Provisions(InstrumentView view, DateOnly? asOf, Lang lang)
    {
        if (view.Provisions.Count == 0) return Html.Empty;
        return Html.Of($"""
            <section class="provisions" aria-labelledby="provisions-heading">
            <h2 id="provisions-heading">{Phrases.Provisions[lang]}</h2>
            {Html.Join(view.Provisions.Select(p => Provision(view, p, asOf, lang)))}
            </section>
            """);
    }

    /// <summary>One provision: a division (part, chapter) is a heading; an article carries its status, summary, duties, relations, sources and disputes.</summary>
    private static Html Provision(InstrumentView view, Node provision, DateOnly? asOf, Lang lang)
    {
        var depth = view.Depth(provision);
        var level = Math.Min(6, 3 + depth);
        var eId = provision.Id.EId!.ToString();
        if (provision.Id.EId!.Last.IsDivision && provision.Summary.Prefer(lang) is null)
        {
            return Html.Of($"""<h{level} id="{eId}" class="division">{Layout.Text(provision.Title, lang)}</h{level}>""");
        }
        var day = asOf ?? view.Today;
        // The one rule: a provision never applies on a day its instrument did not.
        var status = InForce.Of(provision, view.Node, day);
        var version = status.Applies ? InForce.VersionOn(provision, day) : null;
        var sources = provision.Sources.Concat(version?.Sources ?? []).Distinct().Select(view.Node).OfType<Node>()
            .OrderBy(s => s.SourceKind ?? SourceKind.Secondary).ThenBy(s => s.Id.ToString(), StringComparer.Ordinal).ToList();
        var body = version is null
            ? Html.Of($"""<p class="not-in-force">{Phrases.NotInForce[lang]} {Iso(day)}: {StatusWording.Why(status, provision, lang, view.Node)}.</p>""")
            : Summary.Render(version.Summary, provision.Id, lang, view.Node, $"?lang=en#{eId}");
        var disputes = view.DisputesOf(provision.Id);
        return Html.Of($"""
            <section class="provision" id="{eId}" aria-labelledby="h-{eId}">
            <h{level} id="h-{eId}" class="provision-heading">{Layout.Text(provision.Title, lang)}</h{level}>
            {ProvisionStatus(view, provision, version, lang)}
            {body}
            {Duties(view, provision, lang)}
            {ProvisionRelations(view, provision, lang)}
            {(sources.Count == 0 ? Html.Empty : Html.Of($"""
                <details class="sources"><summary>{Phrases.ProvisionSources[lang]} ({sources.Count})</summary>
                <ul>{Html.Join(sources.Select(s => Html.Of($"<li>{SourceLink(s, lang)}</li>")))}</ul>
                </details>
                """))}
            {(disputes.Count == 0 ? Html.Empty : Html.Of($"""<div class="disputes"><p class="dispute-heading">{Phrases.ProvisionDisputes[lang]}</p>{DisputeList(disputes, view, lang)}</div>"""))}
            </section>
            """);
    }

    private static Html ProvisionStatus(InstrumentView view, Node provision, ProvisionVersion? version, Lang lang)
    {
        if (view.Status.Kind == StatusKind.Repealed) return Html.Of($"""<p class="provision-status repealed">{Phrases.StatusRepealed[lang]}</p>""");
        if (version is null) return Html.Of($"""<p class="provision-status not-in-force">{Phrases.ProvisionNotInForce[lang]}</p>""");
        var parts = new List<Html> { Html.Of($"{Phrases.ProvisionInForce[lang]}") };
        if (version.From is { } from) parts.Add(Html.Of($"{Phrases.ProvisionSince.Format(lang, from)}"));
        if (version.Until is { } until) parts.Add(Html.Of($"{Phrases.ProvisionUntil.Format(lang, until)}"));
        if (version.AmendedBy is { } by && view.Node(by.WorkId) is { } amender) parts.Add(Html.Of($"{Phrases.TimelineChanged[lang]} {Link(amender, lang)}"));
        return Html.Of($"""<p class="provision-status in-force">{Html.Join(parts.Select((p, i) => Html.Of($"{(i > 0 ? " · " : "")}{p}")))}</p>""");
    }

    private static Html Duties(InstrumentView view, Node provision, Lang lang)
    {
        var duties = view.Out(provision.Id, RelationKind.Imposes).Select(view.Node).OfType<Node>().ToList();
        if (duties.Count == 0) return Html.Empty;
        return Html.Of($"""<ul class="duties">{Html.Join(duties.Select(d => Html.Of($"<li><strong>{Phrases.DeonticLabel(d.Deontic, lang)}:</strong> {Link(d, lang)}</li>")))}</ul>""");
    }

    private static Html ProvisionRelations(InstrumentView view, Node provision, Lang lang)
    {
        var items = view.RelationsOf(provision.Id)
            .Where(r => r.Type is not (RelationKind.PartOf or RelationKind.Imposes or RelationKind.Amends or RelationKind.Repeals))
            .Select(r => (Relation: r, Outgoing: r.From == provision.Id, Other: view.Node(r.From == provision.Id ? r.To : r.From)))
            .Where(r => r.Other is not null)
            .Select(r => (r.Relation, r.Other, Label: r.Outgoing ? Phrases.RelationFrom(r.Relation.Type, lang) : Phrases.RelationTo(r.Relation.Type, lang)))
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Other!.Id.ToString(), StringComparer.Ordinal)
            .Select(r => Html.Of($"""<li>{r.Label} {Link(r.Other!, lang)}{(r.Relation.Extent is { } e ? Html.Of($" ({Phrases.Extent(e, lang)})") : Html.Empty)}</li>"""))
            .ToList();
        return items.Count == 0 ? Html.Empty : Html.Of($"""<ul class="links">{Html.Join(items)}</ul>""");
    }

    /// <summary>The instrument's own relations other than its amendments and repeals, which the status box shows.</summary>
    private static Html Relations(InstrumentView view, Lang lang)
    {
        var id = view.Instrument.Id;
        var items = view.RelationsOf(id)
            .Where(r => r.Type is not (RelationKind.PartOf or RelationKind.Imposes or RelationKind.Amends or RelationKind.Repeals))
            .Select(r => (Outgoing: r.From == id, Other: view.Node(r.From == id ? r.To : r.From), r.Type))
            .Where(r => r.Other is not null)
            .Select(r => (r.Other, Label: r.Outgoing ? Phrases.RelationFrom(r.Type, lang) : Phrases.RelationTo(r.Type, lang)))
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Other!.Id.ToString(), StringComparer.Ordinal)
            .Select(r => Html.Of($"<li>{r.Label} {Link(r.Other!, lang)}</li>"))
            .ToList();
        if (items.Count == 0) return Html.Empty;
        return Html.Of($"""
            <section aria-labelledby="relations-heading">
            <h2 id="relations-heading">{Phrases.Relations[lang]}</h2>
            <ul class="links">{Html.Join(items)}</ul>
            </section>
            """);
    }

    private static Html Identifiers(Node instrument, Lang lang)
    {
        var rows = new List<Html> { Html.Of($"""<div><dt>{Phrases.Id[lang]}</dt><dd><code dir="ltr">{instrument.Id}</code></dd></div>""") };
        if (FrbrUri.ForWork(instrument)?.WorkUri is { } frbr) rows.Add(Html.Of($"""<div><dt>FRBR</dt><dd><code dir="ltr">{frbr}</code></dd></div>"""));
        if (instrument.Number is { } number) rows.Add(Html.Of($"""<div><dt>{Phrases.Number[lang]}</dt><dd>{number}</dd></div>"""));
        var aliases = instrument.Aliases.Select(a => Html.Of($"""<li><bdi>{a}</bdi></li>"""));
        return Html.Of($"""
            <details class="identifiers">
            <summary>{Phrases.Identifiers[lang]}</summary>
            <dl>{Html.Join(rows)}</dl>
            {(instrument.Aliases.Count == 0 ? Html.Empty : Html.Of($"""<ul class="aliases">{Html.Join(aliases)}</ul>"""))}
            </details>
            """);
    }

    private static Html AsOfForm(PageContext page)
    {
        var lang = page.Lang;
        var reset = page.AsOf is null ? Html.Empty : Html.Of($"""<a href="?lang={lang.Code()}">{Phrases.CurrentText[lang]}</a>""");
        return Html.Of($"""
            <form class="asof" method="get">
            {Forms.AsOfField(page, Phrases.AsOfLabel[lang])}
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Show[lang]}</button>
            {reset}
            </form>
            """);
    }

    /// <summary>The instrument's points in time, each a link to the text as on that day, and a form to compare two days.</summary>
    private static Html Timeline(PageContext page, InstrumentView view, (DateOnly From, DateOnly To)? compare)
    {
        var lang = page.Lang;
        var points = view.Status.Timeline;
        Html What(PointInTime p) => p.Kind switch
        {
            PointKind.Issued => Html.Of($"{Phrases.TimelineIssued[lang]}"),
            PointKind.InForce => Html.Of($"{Phrases.TimelineInForce[lang]}"),
            PointKind.Ends => Html.Of($"{Phrases.TimelineEnds[lang]}"),
            _ => Html.Of($"""{Phrases.TimelineChanged[lang]} {(p.By is { } by ? Link(by, lang) : Html.Empty)}{(p.Provisions.Count == 0 ? Html.Empty : Html.Of($": {string.Join(Phrases.Comma(lang), p.Provisions.Select(x => x.Title.Prefer(lang)))}"))}"""),
        };
        var items = points.Select(p => Html.Of($"""
            <li><a href="?lang={lang.Code()}&amp;asOf={Iso(p.Date.Earliest)}"><time datetime="{p.Date.ToString()}">{p.Date.ToString()}</time></a> {What(p)}</li>
            """));
        var (from, to) = compare ?? DefaultComparison(points, view.Today);
        return Html.Of($"""
            <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{Phrases.Timeline[lang]}</h2>
            {(points.Count == 0 ? Html.Of($"<p>{Phrases.NotKnown[lang]}</p>") : Html.Of($"<ol>{Html.Join(items)}</ol>"))}
            <form class="compare" method="get">
            <p class="form-title">{Phrases.Compare[lang]}</p>
            <label for="compare-from">{Phrases.CompareFrom[lang]}</label> <input id="compare-from" name="compareFrom" type="date" value="{Iso(from)}">
            <label for="compare-to">{Phrases.CompareTo[lang]}</label> <input id="compare-to" name="compareTo" type="date" value="{Iso(to)}">
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.CompareAction[lang]}</button>
            </form>
            </section>
            """);
    }

    /// <summary>Without a choice, compare the day before the last change with today.</summary>
    private static (DateOnly, DateOnly) DefaultComparison(IReadOnlyList<PointInTime> points, DateOnly today) =>
        points.LastOrDefault(p => p.Kind == PointKind.Changed) is { } last ? (last.Date.Earliest.AddDays(-1), today) : (today, today);

    private static (DateOnly From, DateOnly To)? CompareDates(PageContext page)
    {
        static DateOnly? Parse(string? text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return (Parse(page.Query("compareFrom")), Parse(page.Query("compareTo"))) is ({ } a, { } b) ? (a <= b ? (a, b) : (b, a)) : null;
    }

    /// <summary>Each provision whose summary differs between the two days, with the words removed and added.</summary>
    private static Html Comparison(InstrumentView view, DateOnly from, DateOnly to, Lang lang)
    {
        string Words(Node p, DateOnly day) => InForce.VersionOn(p, day)?.Summary.Prefer(lang) is { } md ? HtmlRenderer.PlainText(md) : "";
        var changed = view.Provisions.Where(p => !p.Id.EId!.Last.IsDivision)
            .Select(p => (Provision: p, Before: Words(p, from), After: Words(p, to)))
            .Where(c => c.Before != c.After)
            .Select(c => Html.Of($"""
                <div class="change">
                <h3><a href="#{c.Provision.Id.EId}">{Layout.Text(c.Provision.Title, lang)}</a></h3>
                <p class="diff">{(c.Before.Length == 0 ? Html.Of($"""<span class="unknown">{Phrases.NoText[lang]}</span> """) : Html.Empty)}{Diff(c.Before, c.After, lang)}{(c.After.Length == 0 ? Html.Of($""" <span class="unknown">{Phrases.NoText[lang]}</span>""") : Html.Empty)}</p>
                </div>
                """))
            .ToList();
        return Html.Of($"""
            <section class="comparison" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{Phrases.WhatChanged.Format(lang, Iso(from), Iso(to))}</h2>
            <p class="ours">{Phrases.OurSummary[lang]}</p>
            {(changed.Count == 0 ? Html.Of($"<p>{Phrases.NothingChanged[lang]}</p>") : Html.Join(changed))}
            </section>
            """);
    }

    private static Html Diff(string before, string after, Lang lang) => Html.Join(WordDiff.Compare(before, after).Select(part => part.Change switch
    {
        WordDiff.Change.Removed => Html.Of($"""<del><span class="visually-hidden">{Phrases.Removed[lang]} </span>{part.Text}</del> """),
        WordDiff.Change.Added => Html.Of($"""<ins><span class="visually-hidden">{Phrases.Added[lang]} </span>{part.Text}</ins> """),
        _ => Html.Of($"{part.Text} "),
    }));

    /// <summary>The contents: divisions as headings of their group, articles as links with a few words of what they do.</summary>
    private static Html Contents(InstrumentView view, NodeId parent, Lang lang)
    {
        var children = view.ChildrenOf(parent);
        if (children.Count == 0) return Html.Empty;
        return Html.Of($"""<ol>{Html.Join(children.Select(p => Html.Of(
            $"""<li class="{(p.Id.EId!.Last.IsDivision ? "division" : "article")}"><a href="#{p.Id.EId}">{Layout.Text(p.Title, lang)}</a>{Gist(p, lang)}{Contents(view, p.Id, lang)}</li>""")))}</ol>""");
    }

    /// <summary>An article without a heading is listed with the opening words of our summary, so the contents say what it is about.</summary>
    private static Html Gist(Node provision, Lang lang)
    {
        if (provision.Id.EId!.Last.IsDivision || provision.Heading[lang] is not null || provision.Summary[lang] is not { } md) return Html.Empty;
        var text = HtmlRenderer.PlainText(md);
        var end = text.IndexOfAny([':', '.', '؛', '،', ';']);
        var gist = end is > 0 and <= 70 ? text[..end] : text.Length <= 60 ? text : text[..text.LastIndexOf(' ', 60)] + "…";
        return Html.Of($"""<span class="gist">{gist}</span>""");
    }

    /// <summary>
    /// What a reader of another day must know first: that the instrument did not apply then, and why; or that the day
    /// is past the one up to which its amendments are known, so the text may not be current.
    /// </summary>
    private static Html Notice(Node instrument, DateOnly? asOf, Lang lang)
    {
        if (asOf is not { } day) return Html.Empty;
        var status = InForce.Of(instrument, day);
        if (!status.Applies)
        {
            var why = StatusWording.Describe(status, instrument, lang, id => id == instrument.Id ? instrument : null);
            return Html.Of($"""<p class="notice" role="status">{Phrases.InstrumentNotInForce[lang]} {why}</p>""");
        }
        return instrument.KnownUpTo is { } upTo && day > upTo.Latest
            ? Html.Of($"""<p class="notice" role="status">{Phrases.MayNotBeCurrent.Format(lang, Iso(day), upTo.ToString())}</p>""")
            : Html.Empty;
    }
}
