namespace Legal.Server.Hosting;

/// <summary>
/// Headers that keep corpus content inert even if something slipped past the sanitiser: a Content-Security-Policy that
/// runs only this server's own scripts (pages need none inline), and nosniff so nothing is read as a type it was not sent as.
/// They are set again just before the response starts, so an error response whose headers were cleared
/// (<c>Response.Clear()</c>) carries them too.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseLegalSecurityHeaders(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            Apply(http.Response);
            http.Response.OnStarting(() =>
            {
                Apply(http.Response);
                return Task.CompletedTask;
            });
            await next(http);
        });

    /// <summary>Sets each header the response lacks; a page with its own policy (GraphiQL's) keeps it.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
    }
}
