using System.Security.Cryptography;
using System.Text;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Time;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// "About this corpus": what it covers, what is our summary and what is official text, the sources by grade, and which
/// corpus is being served (its version, the content hash every answer's receipt carries, and the date of its newest source).
/// </summary>
internal static class AboutPage
{
    public static async Task<IResult> RenderAsync(PageContext page, ILegalGraph graph, CancellationToken ct)
    {
        var lang = page.Lang;
        var nodes = await graph.AllAsync(null, ct);
        var today = AsOf.OrToday(null);
        var counts = nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key)
            .Select(g => Html.Of($"<tr><th scope=\"row\">{Phrases.KindName(g.Key, lang)}</th><td>{g.Count()}</td></tr>"));
        var sources = nodes.Where(n => n.Kind == NodeKind.Source).ToList();
        var grades = sources.GroupBy(s => s.Grade).OrderBy(g => g.Key ?? (SourceGrade)int.MaxValue)
            .Select(g => Html.Of($"<tr><th scope=\"row\">{Phrases.GradeLabel(g.Key, lang)}</th><td>{g.Count()}</td></tr>"));
        var newest = sources.Select(s => s.Date).OfType<PartialDate>().Where(d => d.Earliest <= today).DefaultIfEmpty(new PartialDate(1)).Max();
        return PageEndpoints.Respond(Layout.Render(page, Phrases.About[lang], Html.Of($"""
            <article class="about">
            <h1>{Phrases.About[lang]}</h1>
            <h2>{Phrases.AboutCovered[lang]}</h2>
            <p>{Phrases.AboutCoveredText[lang]}</p>
            <table class="register compact">
            <caption>{Phrases.AboutCounts[lang]}</caption>
            <thead><tr><th scope="col">{Phrases.Kind[lang]}</th><th scope="col">{Phrases.Count[lang]}</th></tr></thead>
            <tbody>{Html.Join(counts)}</tbody>
            </table>
            <h2>{Phrases.AboutSummaries[lang]}</h2>
            <p>{Phrases.AboutSummariesText[lang]}</p>
            <p class="ours-note">{Phrases.OurSummaryNote[lang]}</p>
            <h2>{Phrases.AboutSources[lang]}</h2>
            <p>{Phrases.AboutSourcesText[lang]}</p>
            <table class="register compact">
            <thead><tr><th scope="col">{Phrases.GradeHeading[lang]}</th><th scope="col">{Phrases.Count[lang]}</th></tr></thead>
            <tbody>{Html.Join(grades)}</tbody>
            </table>
            <h2>{Phrases.AboutVersion[lang]}</h2>
            <p>{Phrases.AboutVersionText.Format(lang, newest)}</p>
            <p><code dir="ltr" class="corpus-version" title="{page.Version.Hash}">{Hosting.CorpusReceipt.Short(page.Version)}</code></p>
            </article>
            """)));
    }

}
