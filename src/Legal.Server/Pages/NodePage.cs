using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>A page for any node that is not an instrument: institutions, frameworks, events, people, states, sources, obligations.</summary>
internal static class NodePage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, NodeId id, CancellationToken ct)
    {
        if (await graph.GetAsync(id, ct) is not { } node) return NotFoundPage.Render(page);
        // Instruments and provisions are read on the instrument's page; an old or hand-typed address still gets there.
        if (node.Kind == NodeKind.Provision || node.Kind.IsInstrument()) return Results.Redirect(PageLinks.Site.Href(node));
        var markdown = await new MarkdownRenderer(graph, PageLinks.Site, MarkdownFlavour.Site).RenderAsync(id, page.Lang, Legal.Model.Time.AsOf.OrToday(page.AsOf), ct);
        var register = node.Kind == NodeKind.Sector
            ? Html.Of($"""<p class="actions"><a href="/register?lang={page.Lang.Code()}&amp;sector={Uri.EscapeDataString(node.Id.ToString())}">{Phrases.StartSector[page.Lang]}</a></p>""")
            : Html.Empty;
        var main = Html.Of($"""<p class="ours">{Phrases.OurSummary[page.Lang]}</p>{Html.Sanitised(HtmlRenderer.Render(markdown!, page.Lang))}{TracePage.LinkFor(node, page.Lang)}{register}""");
        var document = Layout.Render(page, node.Title.Prefer(page.Lang) ?? id.ToString(), main);
        return PageEndpoints.Respond(document);
    }
}
