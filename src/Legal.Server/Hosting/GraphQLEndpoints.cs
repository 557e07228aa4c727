using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Legal.Engine;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

/// <summary>
/// GraphQL over HTTP, as the GraphQL-over-HTTP spec has it: <c>POST /graphql</c> with a JSON body, <c>GET</c> (and
/// <c>HEAD</c>) <c>/graphql?query=…</c> for queries, <c>GET /graphql?sdl</c> for the schema (HotChocolate's convention),
/// and GraphiQL for a browser. The answer's media type follows <c>Accept</c> (<see cref="GraphQLMediaType"/>); every answer
/// carries the corpus receipt in <c>extensions.corpus</c>; GET answers are validated by ETag (<see cref="HttpCaching"/>);
/// kept answers go out compressed to clients that accept it (<see cref="ContentCodings"/>).
/// Steps in order: negotiate, read, resolve a persisted query, revalidate, execute (cached document), write.
/// </summary>
public static class GraphQLEndpoints
{
    public static void AddLegalGraphQLHttp(this IServiceCollection services)
    {
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<RenderingCache>();
    }

    public static void MapLegalGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Head], async (HttpContext http, ISchema schema) =>
        {
            var query = http.Request.Query;
            if (query.ContainsKey("sdl")) return Results.Text(Sdl(schema), "text/plain; charset=utf-8");
            if (!query.ContainsKey("query") && !query.ContainsKey("extensions") && GraphQLExplorer.IsWanted(http.Request)) return GraphQLExplorer.Serve(http);
            await ServeAsync(http, serializer => Task.FromResult(GraphQLHttpRequest.ReadQueryString(http.Request, serializer)), isGet: true);
            return Results.Empty;
        });

        app.MapPost("/graphql", async (HttpContext http) =>
        {
            await ServeAsync(http, serializer =>
                IsJson(http.Request.ContentType)
                    ? GraphQLHttpRequest.ReadBodyAsync(http.Request, serializer)
                    : throw new GraphQLHttpRequestException("POST /graphql takes Content-Type: application/json", status: StatusCodes.Status415UnsupportedMediaType),
                isGet: false);
        });
    }

    public static string Sdl(ISchema schema) => schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static async Task ServeAsync(HttpContext http, Func<IGraphQLTextSerializer, Task<GraphQLHttpRequest.Read>> read, bool isGet)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var version = services.GetRequiredService<RequestGraph>().Version;
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        var coding = ContentCodings.Negotiate(http.Request);
        if (GraphQLMediaType.Negotiate(http.Request) is not { } mediaType)
        {
            await WriteAsync(http, serializer, RequestError(version, "answers are application/graphql-response+json or application/json; Accept names neither", ErrorCodes.InvalidRequest),
                GraphQLMediaType.Json, StatusCodes.Status406NotAcceptable);
            return;
        }

        GraphQLRequest request;
        string asked;
        try
        {
            var sent = await read(serializer);
            request = services.GetRequiredService<PersistedQueries>().Resolve(sent.Request);
            if (string.IsNullOrWhiteSpace(request.Query)) throw new GraphQLHttpRequestException("the request has no 'query'");
            asked = GraphQLHttpRequest.Asked(request, sent.VariablesJson);
        }
        catch (GraphQLHttpRequestException e)
        {
            // An unknown persisted query is an ordinary GraphQL error under application/json, as Apollo's clients expect.
            var status = e.Code == PersistedQueries.NotFoundCode && mediaType == GraphQLMediaType.Json ? StatusCodes.Status200OK : e.Status;
            await WriteAsync(http, serializer, RequestError(version, e.Message, e.Code), mediaType, status);
            return;
        }

        // The answer depends on the corpus load, the day, the media type and what was asked, and on nothing else: that is
        // the key it is kept by here (for POST too), and with the coding it goes out in, the ETag of a GET.
        var etag = HttpCaching.ETagFor(version, $"{mediaType}\n{asked}");
        if (isGet && HttpCaching.IsNotModified(http, HttpCaching.InCoding(etag, coding)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var responses = services.GetRequiredService<ResponseCache>();
        if (etag is null)
        {
            await AnswerAsync(http, request, mediaType, coding, isGet, etag: null);
            return;
        }
        if (responses.Get(etag) is { } cached)
        {
            await cached.WriteAsync(http, GraphQLMediaType.WithCharset(mediaType), coding);
            return;
        }
        if (responses.Follow(etag, out var lead) is { } making)
        {
            // Another request is making this very answer: wait for its bytes (it is bounded by the execution time limit).
            if (await making.WaitAsync(http.RequestAborted) is { } made) await made.WriteAsync(http, GraphQLMediaType.WithCharset(mediaType), coding);
            else await AnswerAsync(http, request, mediaType, coding, isGet, etag);
            return;
        }
        AnswerBody? kept = null;
        try
        {
            kept = await AnswerAsync(http, request, mediaType, coding, isGet, etag);
        }
        finally
        {
            // Kept but not returned when writing to this request's own client failed: the waiters still get it.
            responses.Finish(etag, lead!, kept ?? responses.Get(etag));
        }
    }

    /// <summary>Runs the request and writes its answer; returns the answer when it was kept under its ETag.</summary>
    private static async Task<AnswerBody?> AnswerAsync(HttpContext http, GraphQLRequest request, string mediaType, ContentCoding coding, bool isGet, string? etag)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var version = services.GetRequiredService<RequestGraph>().Version;
        var documents = services.GetRequiredService<DocumentCache>();
        var document = documents.Get(request.Query!);
        if (isGet && IsMutation(document ?? TryParse(request.Query!), request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            http.Response.Headers.Remove("ETag");
            await WriteAsync(http, serializer, RequestError(version, "GET runs queries only; send a mutation with POST", ErrorCodes.InvalidRequest),
                mediaType, StatusCodes.Status405MethodNotAllowed);
            return null;
        }

        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            // A document from the cache has been validated: graphql-dotnet then runs only CachedDocumentValidationRules. The
            // cost estimate multiplies by page sizes, which variables may set, so it runs again where the document has any.
            Document = document,
            CachedDocumentValidationRules = document?.Definitions.OfType<GraphQLOperationDefinition>().Any(o => o.Variables is { Items.Count: > 0 }) == true
                ? [services.GetRequiredService<CostLimitRule>()] : [],
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            RequestServices = services,
            CancellationToken = http.RequestAborted,
        });
        if (document is null && result.Executed && result.Document is { } validated) documents.Add(request.Query!, validated);
        AddReceipt(result, version);

        // Under the spec's own media type a request that could not run (parse, validation, variables) is a 400 with no data.
        var ok = result.Executed || mediaType == GraphQLMediaType.Json;
        if (etag is not null && ok && result.Errors is not { Count: > 0 })
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var answer = new AnswerBody(buffer.ToArray());
            services.GetRequiredService<ResponseCache>().Add(etag, answer);
            await answer.WriteAsync(http, GraphQLMediaType.WithCharset(mediaType), coding);
            return answer;
        }
        if (!ok || result.Errors is { Count: > 0 }) http.Response.Headers.Remove("ETag");
        // BUSY is the server's state, not the query's fault: 429 with Retry-After, as HTTP clients expect.
        var busy = result.Errors?.Any(e => e.Code == ErrorCodes.Busy) == true;
        if (busy) http.Response.Headers.RetryAfter = ExpensiveWork.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteAsync(http, serializer, result, mediaType, busy ? StatusCodes.Status429TooManyRequests : ok ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        return null;
    }

    /// <summary>Streams the result to the response as UTF-8 JSON (the serializer escapes only what JSON requires).</summary>
    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, string mediaType, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaType.WithCharset(mediaType);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static ExecutionResult RequestError(CorpusVersion version, string message, string code)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        AddReceipt(result, version);
        return result;
    }

    private static void AddReceipt(ExecutionResult result, CorpusVersion version) =>
        (result.Extensions ??= [])[CorpusReceipt.Key] = CorpusReceipt.Of(version);

    private static bool IsJson(string? contentType) =>
        contentType is not null && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parsed only to see what a GET would run; a syntax error is left for the executer to report.</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static bool IsMutation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var chosen = operationName is null ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation == OperationType.Mutation;
    }
}
