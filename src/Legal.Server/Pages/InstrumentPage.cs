using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// An instrument as the API renders it (the same Markdown, through the same sanitised HTML), with a table of contents,
/// an as-of date selector and the disputes open on it.
/// </summary>
internal static class InstrumentPage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, NodeId id, CancellationToken ct)
    {
        if (await graph.GetAsync(id, ct) is not { } instrument || !instrument.Kind.IsInstrument()) return NotFoundPage.Render(page);
        var lang = page.Lang;
        var asOf = page.AsOf;

        var markdown = await new MarkdownRenderer(graph, PageLinks.Site).RenderAsync(id, lang, asOf, ct);
        var provisions = await graph.DescendantsAsync(id, ct);
        var disputes = (await graph.DisputesAsync(ct)).Where(d => d.Node.WorkId == id).ToList();
        var named = await graph.GetManyAsync(disputes.SelectMany(d => d.Claims.SelectMany(c => c.Sources).Append(d.Node)).ToHashSet(), ct);

        var notice = asOf is { } date && !instrument.InForceOn(date) ? Html.Of($"""<p class="notice" role="status">{Phrases.InstrumentNotInForce[lang]}</p>""") : Html.Empty;
        var document = Layout.Render(page, instrument.Title.Prefer(lang) ?? id.ToString(), Html.Of($"""
            <div class="instrument">
            <div class="text">
            {notice}
            {Html.Sanitised(HtmlRenderer.Render(markdown!, lang))}
            </div>
            <aside class="side">
            {AsOfForm(page)}
            {TracePage.LinkFor(instrument, lang)}
            <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{Phrases.Contents[lang]}</h2>
            {Contents(provisions.ToLookup(p => p.Parent!), id, lang)}
            </nav>
            {Disputes(disputes, named, lang)}
            </aside>
            </div>
            """));
        return PageEndpoints.Respond(document, page.BadAsOf ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
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

    /// <summary>The provisions under <paramref name="parent"/> as a nested list of links to their anchors.</summary>
    private static Html Contents(ILookup<NodeId, Node> byParent, NodeId parent, Lang lang)
    {
        if (!byParent[parent].Any()) return Html.Empty;
        return Html.Of($"""<ol>{Html.Join(byParent[parent].OrderBy(p => p.Order).Select(p => Html.Of(
            $"""<li><a href="#{p.Id.EId}">{Layout.Text(p.Title, lang)}</a>{Contents(byParent, p.Id, lang)}</li>""")))}</ol>""");
    }

    private static Html Disputes(IReadOnlyList<Dispute> disputes, IReadOnlyDictionary<NodeId, Node> named, Lang lang)
    {
        Html Link(Node node) => Html.Of($"""<a href="{PageLinks.Site.Href(node)}">{Layout.Text(node.Title, lang)}</a>""");
        Html Claim(Claim claim) => Html.Of($"""<li>{claim.Value} — {Html.Join(claim.Sources.Select(s => Link(named[s])))}</li>""");
        var items = disputes.Select(d => Html.Of($"""
            <li>{Link(named[d.Node])}, <code dir="ltr" lang="en">{d.Field}</code>: <ul>{Html.Join(d.Claims.Select(Claim))}</ul></li>
            """));
        return Html.Of($"""
            <section class="disputes" aria-labelledby="disputes-heading">
            <h2 id="disputes-heading">{Phrases.OpenDisputes[lang]}</h2>
            {(disputes.Count == 0 ? Html.Of($"<p>{Phrases.NoDisputes[lang]}</p>") : Html.Of($"<ul>{Html.Join(items)}</ul>"))}
            </section>
            """);
    }
}
