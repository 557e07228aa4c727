namespace Legal.Server.Hosting;

/// <summary>
/// GraphiQL, for a browser that opens <c>/graphql</c>. Its scripts are vendored under wwwroot/vendor (see the README
/// there), so the page asks nothing of any host but this one.
/// </summary>
public static class GraphQLExplorer
{
    /// <summary>
    /// The page policy with one relaxation, for this page alone: GraphiQL's stylesheet embeds its fonts as data: URIs.
    /// Scripts and styles stay 'self' (GraphiQL sets styles through the DOM, which CSP allows).
    /// </summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string Page = """
        <!doctype html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>GraphQL explorer · Legal</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/vendor/graphiql/graphiql.min.css">
        <link rel="stylesheet" href="/assets/explorer.css">
        </head>
        <body>
        <main id="graphiql">Loading the GraphQL explorer…</main>
        <script src="/vendor/react/react.production.min.js"></script>
        <script src="/vendor/react-dom/react-dom.production.min.js"></script>
        <script src="/vendor/graphiql/graphiql.min.js"></script>
        <script src="/assets/explorer.js"></script>
        </body>
        </html>
        """;

    /// <summary>A browser navigating to /graphql asks for HTML; API clients ask for JSON or anything.</summary>
    public static bool IsWanted(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = Policy;
        return Results.Content(Page, "text/html; charset=utf-8");
    }
}
