using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// The legal adviser's question in a browser: from a duty or provision up to its legal bases, or from an international
/// source down to what carries it out. The chain is drawn beside the prose the API's trace rendering gives.
/// </summary>
internal static class TracePage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var fromText = page.Query("from")?.Trim();
        var direction = page.Query("direction") == "down" ? TraceDirection.Down : TraceDirection.Up;
        var form = Form(page, fromText, direction);
        if (string.IsNullOrEmpty(fromText)) return Respond(page, Html.Of($"<h1>{Phrases.Trace[lang]}</h1><p>{Phrases.TraceIntro[lang]}</p>{form}"));
        if (!NodeId.TryParse(fromText, out var from) || page.BadAsOf)
        {
            var problem = page.BadAsOf ? Html.Empty : Html.Of($"""<p class="error">{Phrases.NotAnId[lang]}</p>""");
            return Respond(page, Html.Of($"<h1>{Phrases.Trace[lang]}</h1>{problem}{form}"), StatusCodes.Status400BadRequest);
        }
        var asOf = AsOf.OrToday(page.AsOf);
        if (await new Tracer(graph).TraceAsync(new TraceQuery(from, direction, asOf), ct) is not { } trace) return NotFoundPage.Render(page);

        return Respond(page, Html.Of($"""
            <div class="trace">
            <div class="prose">
            {Html.Sanitised(HtmlRenderer.Render(new TraceRenderer(PageLinks.Site).Render(trace, lang), lang))}
            </div>
            <figure class="diagram">
            {TraceDiagram.Render(trace, lang)}
            <figcaption id="diagram-caption">{Phrases.DiagramCaption[lang]}</figcaption>
            </figure>
            </div>
            <section class="request" aria-labelledby="trace-again">
            <h2 id="trace-again">{Phrases.TraceAgain[lang]}</h2>
            {form}
            </section>
            """), title: Citations.Name(trace.Origin, trace.Nodes.GetValueOrDefault, lang));
    }

    /// <summary>
    /// The trace a reader of a node would ask for: an international source down to what carries it out; a national
    /// instrument, provision or duty up to its bases. Empty for nodes a trace does not start from.
    /// </summary>
    public static Html LinkFor(Node node, Lang lang)
    {
        var direction = node.Kind is NodeKind.UnResolution or NodeKind.Standard ? TraceDirection.Down
            : node.Kind.IsInstrument() || node.Kind is NodeKind.Provision or NodeKind.Obligation ? TraceDirection.Up
            : (TraceDirection?)null;
        if (direction is null) return Html.Empty;
        var (value, label) = direction == TraceDirection.Down ? ("down", Phrases.TraceDownAction[lang]) : ("up", Phrases.TraceUpAction[lang]);
        return Html.Of($"""<p class="actions"><a href="/trace?from={Uri.EscapeDataString(node.Id.ToString())}&amp;direction={value}">{label}</a></p>""");
    }

    private static IResult Respond(PageContext page, Html main, int status = StatusCodes.Status200OK, string? title = null) =>
        PageEndpoints.Respond(Layout.Render(page, title is null ? Phrases.Trace[page.Lang] : $"{Phrases.Trace[page.Lang]}: {title}", main), status);

    private static Html Form(PageContext page, string? from, TraceDirection direction)
    {
        var lang = page.Lang;
        Html Option(string value, TraceDirection d, string label) =>
            Html.Of($"""<option value="{value}"{(direction == d ? Html.Of($" selected") : Html.Empty)}>{label}</option>""");
        return Html.Of($"""
            <form class="query" action="/trace" method="get">
            <label for="from">{Phrases.TraceFrom[lang]}</label> <input id="from" name="from" value="{from ?? ""}" dir="ltr" placeholder="obligation/kw/report-suspicious-transactions">
            <label for="direction">{Phrases.Direction[lang]}</label>
            <select id="direction" name="direction">{Option("up", TraceDirection.Up, Phrases.Up[lang])}{Option("down", TraceDirection.Down, Phrases.Down[lang])}</select>
            {Forms.AsOfField(page, Phrases.ReadOn[lang])}
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Trace[lang]}</button>
            </form>
            """);
    }
}
