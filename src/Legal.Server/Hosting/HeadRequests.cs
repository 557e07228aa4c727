namespace Legal.Server.Hosting;

/// <summary>
/// HEAD wherever GET works: the endpoints answer HEAD as they answer GET (status and headers), and the body is dropped
/// here, whatever server runs the app (Kestrel drops it on its own; the in-memory test server does not).
/// </summary>
public static class HeadRequests
{
    public static void UseHeadWithoutBody(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsHead(http.Request.Method)) http.Response.Body = Stream.Null;
        await next(http);
    });
}
