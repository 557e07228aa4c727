namespace Legal.Server.Hosting;

/// <summary>
/// Headers that keep corpus content inert even if something slipped past the sanitiser: a Content-Security-Policy that
/// runs only this server's own scripts (pages need none inline), and nosniff so nothing is read as a type it was not sent as.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseLegalSecurityHeaders(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            http.Response.Headers.ContentSecurityPolicy = PagePolicy;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers["Referrer-Policy"] = "same-origin";
            await next(http);
        });
}
