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
    private const int ShortTitleWords = 9;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var fromText = page.Query("from")?.Trim();
        var direction = page.Query("direction") == "down" ? TraceDirection.Down : TraceDirection.Up;
        var form = await FormAsync(page, graph, fromText, direction, ct);
        if (string.IsNullOrEmpty(fromText)) return Respond(page, Html.Of($"<h1>{Phrases.Trace[lang]}</h1><p>{Phrases.TraceIntro[lang]}</p>{form}"));
        if (page.BadAsOf) return Respond(page, Html.Of($"<h1>{Phrases.Trace[lang]}</h1>{form}"), StatusCodes.Status400BadRequest);
        // Not an id of anything: the words are searched, and the reader picks where to start.
        var isId = NodeId.TryParse(fromText, out var from);
        if (!isId || await graph.GetAsync(from, ct) is null) return await ChoicesAsync(page, graph, fromText, isId, direction, form, ct);
        var asOf = AsOf.OrToday(page.AsOf);
        if (await new Tracer(graph).TraceAsync(new TraceQuery(from, direction, asOf), ct) is not { } trace) return NotFoundPage.Render(page);

        var renderer = new TraceRenderer(PageLinks.Site);
        var paths = trace.Paths.Select((p, i) => Html.Sanitised(HtmlRenderer.RenderPassage(renderer.RenderPath(trace, p, i + 1, lang), lang, "path")));
        var full = Citations.Name(trace.Origin, trace.Nodes.GetValueOrDefault, lang);
        var heading = direction == TraceDirection.Up ? Phrases.TraceUp : Phrases.TraceDown;
        return Respond(page, Html.Of($"""
            <div class="trace">
            <div class="prose">
            <h1 class="trace-title">{heading[lang]} {ShortTitle(trace.Origin, trace, lang)}</h1>
            {FullTitle(full, ShortTitle(trace.Origin, trace, lang), trace.Origin, lang)}
            <p class="trace-facts">{Phrases.AsOf[lang]}: <time datetime="{Iso(asOf)}">{Iso(asOf)}</time> · {Phrases.MaxDepth[lang]}: {trace.Query.MaxDepth}</p>
            {(trace.Paths.Count == 0 ? Html.Of($"<p>{Phrases.NoPaths[lang]}</p>") : Html.Join(paths))}
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
            """), title: ShortTitle(trace.Origin, trace, lang));
    }

    /// <summary>A duty's title is a whole sentence: the heading takes its first words, and the rest is one click away.</summary>
    private static string ShortTitle(Node origin, Trace trace, Lang lang)
    {
        var name = origin.Kind == NodeKind.Provision ? Citations.Short(origin, trace.Nodes.GetValueOrDefault, lang) : Citations.Name(origin, trace.Nodes.GetValueOrDefault, lang);
        var words = name.Split(' ');
        return words.Length <= ShortTitleWords ? name : string.Join(' ', words.Take(ShortTitleWords)) + "…";
    }

    private static Html FullTitle(string full, string shortTitle, Node origin, Lang lang) => full == shortTitle ? Html.Empty : Html.Of($"""
        <details class="full-title"><summary>{Phrases.FullTitle[lang]}</summary><p><a href="{PageLinks.Site.Href(origin)}">{full}</a></p></details>
        """);

    /// <summary>What the words find, each a link that traces from it in the chosen direction.</summary>
    private static async Task<IResult> ChoicesAsync(PageContext page, ILegalGraph graph, string text, bool isId, TraceDirection direction, Html form, CancellationToken ct)
    {
        var lang = page.Lang;
        IReadOnlyList<Node> found;
        try
        {
            found = (await graph.SearchAsync(new SearchQuery(text, Kinds: Traceable, First: 20), ct)).Items.Select(h => h.Node).ToList();
        }
        catch (ArgumentException)
        {
            found = [];
        }
        var value = direction == TraceDirection.Down ? "down" : "up";
        var items = found.Select(n => Html.Of($"""
            <li><a href="/trace?lang={lang.Code()}&amp;direction={value}&amp;from={Uri.EscapeDataString(n.Id.ToString())}">{Layout.Text(n.Title, lang)}</a> <span class="kind">{Phrases.KindName(n.Kind, lang)}</span></li>
            """));
        // An id that names nothing is an address that leads nowhere; words that match nothing are a request to rephrase.
        if (found.Count == 0 && isId) return NotFoundPage.Render(page);
        var body = found.Count == 0
            ? Html.Of($"""<p class="error">{Phrases.NotAnId[lang]}</p>""")
            : Html.Of($"""<p>{Phrases.TracePick[lang]}</p><ol class="hits">{Html.Join(items)}</ol>""");
        return Respond(page, Html.Of($"<h1>{Phrases.Trace[lang]}</h1>{body}{form}"), found.Count == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>Where a trace can start: any instrument (a new kind of instrument is traceable as it comes), provision, duty, body or framework.</summary>
    private static readonly HashSet<NodeKind> Traceable = Enum.GetValues<NodeKind>()
        .Where(k => k.IsInstrument() || k is NodeKind.Obligation or NodeKind.Provision or NodeKind.Institution or NodeKind.Framework).ToHashSet();

    /// <summary>
    /// The trace a reader of a node would ask for: an international source down to what carries it out; a national
    /// instrument, provision or duty up to its bases. Empty for nodes a trace does not start from.
    /// </summary>
    public static Html LinkFor(Node node, Lang lang)
    {
        var direction = node.Kind is NodeKind.UnResolution or NodeKind.Standard ? TraceDirection.Down
            : node.Kind.IsInstrument() || node.Kind is NodeKind.Provision or NodeKind.Obligation or NodeKind.Institution or NodeKind.Framework ? TraceDirection.Up
            : (TraceDirection?)null;
        if (direction is null) return Html.Empty;
        var (value, label) = direction == TraceDirection.Down ? ("down", Phrases.TraceDownAction[lang])
            : node.Kind is NodeKind.Institution or NodeKind.Framework ? ("up", Phrases.TraceBodyAction[lang])
            : ("up", Phrases.TraceUpAction[lang]);
        return Html.Of($"""<p class="actions"><a href="/trace?lang={lang.Code()}&amp;from={Uri.EscapeDataString(node.Id.ToString())}&amp;direction={value}">{label}</a></p>""");
    }

    private static IResult Respond(PageContext page, Html main, int status = StatusCodes.Status200OK, string? title = null) =>
        PageEndpoints.Respond(Layout.Render(page, title is null ? Phrases.Trace[page.Lang] : $"{Phrases.Trace[page.Lang]}: {title}", main), status);

    /// <summary>The request: the start is typed as a title or an id, with every place a trace can start from offered as the reader types.</summary>
    private static async Task<Html> FormAsync(PageContext page, ILegalGraph graph, string? from, TraceDirection direction, CancellationToken ct)
    {
        var lang = page.Lang;
        Html Option(string value, TraceDirection d, string label) =>
            Html.Of($"""<option value="{value}"{(direction == d ? Html.Of($" selected") : Html.Empty)}>{label}</option>""");
        var starts = (await graph.AllAsync(Traceable, ct)).Where(n => n.Kind != NodeKind.Provision)
            .OrderBy(n => n.Kind).ThenBy(n => n.Title.Prefer(lang), StringComparer.Ordinal)
            .Select(n => Html.Of($"""<option value="{n.Id}" label="{n.Title.Prefer(lang) ?? n.Id.ToString()}"></option>"""));
        return Html.Of($"""
            <form class="query" action="/trace" method="get">
            <label for="from">{Phrases.TraceFrom[lang]}</label> <input id="from" name="from" type="text" value="{from ?? ""}" list="trace-starts" autocomplete="off" required>
            <datalist id="trace-starts">{Html.Join(starts)}</datalist>
            <label for="direction">{Phrases.Direction[lang]}</label>
            <select id="direction" name="direction">{Option("up", TraceDirection.Up, Phrases.Up[lang])}{Option("down", TraceDirection.Down, Phrases.Down[lang])}</select>
            {Forms.AsOfField(page, Phrases.ReadOn[lang])}
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Trace[lang]}</button>
            </form>
            """);
    }
}
