using Legal.Engine;

namespace Legal.Server.Hosting;

/// <summary>
/// A page asked for while the store cannot answer gets 503 with Retry-After rather than a 500: the server is sound,
/// its store is not reachable for now. (GraphQL says the same with the STORE_UNAVAILABLE code.)
/// </summary>
public static class StoreUnavailableResponses
{
    public static void UseStoreUnavailableResponses(this WebApplication app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
        }
        catch (StoreUnavailableException) when (!http.Response.HasStarted)
        {
            http.Response.Clear(); // the security headers are set again as the response starts
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "5";
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The graph store is not available right now; try again shortly.");
        }
    });
}
