using System.Text;
using Legal.Model.Ids;
using Legal.Server.GraphQL;

namespace Legal.Server.Pages;

/// <summary>
/// The pages a person reads: the home page, search, instrument and node pages, trace and curriculum, and a 404 for
/// anything else. Page addresses are decided by NodeLinks, so every link the renderer writes lands on one of these.
/// </summary>
public static class PageEndpoints
{
    public static void MapLegalPages(this WebApplication app)
    {
        app.MapGet("/", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await HomePage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/search", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await SearchPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/instruments/{**work}", async (string work, HttpContext http, RequestGraph request, CancellationToken ct) =>
            NodeId.TryParse(work, out var id) && !id.IsProvision
                ? await InstrumentPage.RenderAsync(PageContext.From(http), request.Graph, id, ct)
                : NotFoundPage.Render(PageContext.From(http)));

        app.MapGet("/nodes/{**id}", async (string id, HttpContext http, RequestGraph request, CancellationToken ct) =>
            NodeId.TryParse(id, out var nodeId) && !nodeId.IsProvision
                ? await NodePage.RenderAsync(PageContext.From(http), request.Graph, nodeId, ct)
                : NotFoundPage.Render(PageContext.From(http)));

        app.MapGet("/trace", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await TracePage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/curriculum", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await CurriculumPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/register", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await SectorPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/about", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await AboutPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapFallback((HttpContext http) => NotFoundPage.Render(PageContext.From(http)));
    }

    internal static IResult Respond(Html document, int status = StatusCodes.Status200OK) =>
        Results.Content(document.Markup, "text/html; charset=utf-8", Encoding.UTF8, status);
}
