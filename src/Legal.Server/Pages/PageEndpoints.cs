using Legal.Model.Ids;
using Legal.Server.GraphQL;
using Legal.Server.Hosting;

namespace Legal.Server.Pages;

/// <summary>
/// The pages a person reads: the home page, search, instrument and node pages, trace and curriculum, and a 404 for
/// anything else. Page addresses are decided by NodeLinks, so every link the renderer writes lands on one of these.
/// </summary>
public static class PageEndpoints
{
    private static readonly string[] Readable = [HttpMethods.Get, HttpMethods.Head];

    public static void MapLegalPages(this WebApplication app)
    {
        var pages = app.MapGroup("").AddEndpointFilter(RevalidateAsync);
        pages.MapMethods("/", Readable, async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await HomePage.RenderAsync(PageContext.From(http), request.Graph, ct));

        // Pages that render whole instruments, search, trace or build a curriculum share the expensive slots (Hosting/ExpensiveWork).
        pages.MapMethods("/search", Readable, async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await SearchPage.RenderAsync(PageContext.From(http), request.Graph, ct)).RequireRateLimiting(ExpensiveWork.Policy);

        pages.MapMethods("/instruments/{**work}", Readable, async (string work, HttpContext http, RequestGraph request, CancellationToken ct) =>
            NodeId.TryParse(work, out var id) && !id.IsProvision
                ? await InstrumentPage.RenderAsync(PageContext.From(http), request.Graph, id, ct)
                : NotFoundPage.Render(PageContext.From(http))).RequireRateLimiting(ExpensiveWork.Policy);

        pages.MapMethods("/nodes/{**id}", Readable, async (string id, HttpContext http, RequestGraph request, CancellationToken ct) =>
            NodeId.TryParse(id, out var nodeId) && !nodeId.IsProvision
                ? await NodePage.RenderAsync(PageContext.From(http), request.Graph, nodeId, ct)
                : NotFoundPage.Render(PageContext.From(http)));

        pages.MapMethods("/trace", Readable, async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await TracePage.RenderAsync(PageContext.From(http), request.Graph, ct)).RequireRateLimiting(ExpensiveWork.Policy);

        pages.MapMethods("/curriculum", Readable, async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await CurriculumPage.RenderAsync(PageContext.From(http), request.Graph, ct)).RequireRateLimiting(ExpensiveWork.Policy);

        app.MapGet("/register", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await SectorPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapGet("/about", async (HttpContext http, RequestGraph request, CancellationToken ct) =>
            await AboutPage.RenderAsync(PageContext.From(http), request.Graph, ct));

        app.MapFallback((HttpContext http) => NotFoundPage.Render(PageContext.From(http)));
    }

    /// <summary>
    /// A page depends on the corpus load, the day, its address and the language cookie, so those make its ETag (with the
    /// coding it goes out in); a reader revalidating an unchanged page gets 304 without it being rendered. Only a 200 keeps
    /// the validator.
    /// </summary>
    private static async ValueTask<object?> RevalidateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var version = http.RequestServices.GetRequiredService<RequestGraph>().Version;
        var etag = HttpCaching.ETagFor(version, $"page\n{http.Request.Path}{http.Request.QueryString}\n{http.Request.Cookies["lang"]}");
        http.Response.Headers.Vary = "Cookie, Accept-Encoding";
        if (HttpCaching.IsNotModified(http, HttpCaching.InCoding(etag, ContentCodings.Negotiate(http.Request)))) return HttpCaching.NotModified();
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode != StatusCodes.Status200OK) http.Response.Headers.Remove("ETag");
            return Task.CompletedTask;
        });
        return await next(context);
    }

    internal static IResult Respond(Html document, int status = StatusCodes.Status200OK) =>
        new CodedText(document.Markup, "text/html; charset=utf-8", status);
}
