using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The trainer's question in a browser: a learning path on a topic for an audience, laid out to print as a handout.</summary>
internal static class CurriculumPage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var topic = page.Query("topic")?.Trim() ?? "";
        var audience = page.Query("audience")?.Trim() ?? "";
        var form = Form(page, topic, audience);
        if (topic.Length == 0) return Respond(page, Html.Of($"<h1>{Phrases.Curriculum[lang]}</h1><p>{Phrases.CurriculumIntro[lang]}</p>{form}{Examples(lang)}"));
        if (page.BadAsOf) return Respond(page, Html.Of($"<h1>{Phrases.Curriculum[lang]}</h1>{form}"), StatusCodes.Status400BadRequest);

        var asOf = AsOf.OrToday(page.AsOf);
        Curriculum curriculum;
        try
        {
            curriculum = await new CurriculumBuilder(graph).BuildAsync(new CurriculumQuery(topic, audience, lang, asOf), ct);
        }
        catch (ArgumentException e)
        {
            // A topic past the search's limits is the reader's to shorten: say so on the page, with the form to do it.
            return Respond(page, Html.Of($"""<h1>{Phrases.Curriculum[lang]}</h1><p class="error">{e.Message}</p>{form}"""), StatusCodes.Status400BadRequest);
        }
        return Respond(page, Html.Of($"""
            <div class="handout">
            {await NoSectorAsync(graph, curriculum, lang, ct)}
            {Html.Sanitised(HtmlRenderer.Render(new CurriculumRenderer(PageLinks.Site).Render(curriculum), lang))}
            </div>
            <section class="request" aria-labelledby="curriculum-again">
            <h2 id="curriculum-again">{Phrases.CurriculumAgain[lang]}</h2>
            <p>{Phrases.PrintHint[lang]}</p>
            {form}
            </section>
            """), title: $"{Phrases.Curriculum[lang]}: {topic}");
    }

    /// <summary>An audience that names no sector gets no module on duties; the trainer is told so, with sectors that would match.</summary>
    private static async Task<Html> NoSectorAsync(ILegalGraph graph, Curriculum curriculum, Lang lang, CancellationToken ct)
    {
        if (curriculum.Audience is not null || curriculum.Query.Audience.Length == 0) return Html.Empty;
        var sectors = (await graph.AllAsync(new HashSet<NodeKind> { NodeKind.Sector }, ct))
            .Select(s => s.Title.Prefer(lang)).OfType<string>().Order(StringComparer.Ordinal).Take(4);
        return Html.Of($"""<p class="notice" role="status">{Phrases.NoSectorMatch.Format(lang, curriculum.Query.Audience, string.Join(Phrases.Comma(lang), sectors))}</p>""");
    }

    private static IResult Respond(PageContext page, Html main, int status = StatusCodes.Status200OK, string? title = null) =>
        PageEndpoints.Respond(Layout.Render(page, title ?? Phrases.Curriculum[page.Lang], main), status);

    private static Html Form(PageContext page, string topic, string audience)
    {
        var lang = page.Lang;
        return Html.Of($"""
            <form class="query" action="/curriculum" method="get">
            <label for="topic">{Phrases.Topic[lang]}</label> <input id="topic" name="topic" type="text" value="{topic}" required>
            <label for="audience">{Phrases.Audience[lang]}</label> <input id="audience" name="audience" type="text" value="{audience}">
            {Forms.AsOfField(page, Phrases.TeachOn[lang])}
            <input type="hidden" name="lang" value="{lang.Code()}">
            <button type="submit">{Phrases.Build[lang]}</button>
            </form>
            """);
    }

    private static Html Examples(Lang lang)
    {
        var (topic, audience) = lang == Lang.Ar ? ("تمويل الإرهاب", "موظفو البنوك") : ("terrorist financing", "bank staff");
        return Html.Of($"""
            <p>{Phrases.ForExample[lang]} <a href="/curriculum?lang={lang.Code()}&amp;topic={Uri.EscapeDataString(topic)}&amp;audience={Uri.EscapeDataString(audience)}">{topic} — {audience}</a></p>
            """);
    }
}
