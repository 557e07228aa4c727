using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

/// <summary>
/// GraphQL over HTTP: <c>POST /graphql</c> with a JSON body, <c>GET /graphql?query=…</c> for queries,
/// and <c>GET /graphql?sdl</c> for the schema (the convention HotChocolate set). A browser opening /graphql gets GraphiQL.
/// </summary>
public static class GraphQLEndpoints
{
    public static void MapLegalGraphQL(this WebApplication app)
    {
        app.MapGet("/graphql", async (HttpContext http, ISchema schema, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var query = http.Request.Query;
            if (query.ContainsKey("sdl")) return Results.Text(Sdl(schema), "text/plain; charset=utf-8");
            if (!query.TryGetValue("query", out var text))
            {
                if (GraphQLExplorer.IsWanted(http.Request)) return GraphQLExplorer.Serve(http);
                return RequestError(serializer, "GET /graphql needs ?query=… (or ?sdl for the schema); POST a JSON body {\"query\": …} otherwise");
            }
            Inputs? variables;
            try
            {
                variables = query.TryGetValue("variables", out var v) ? serializer.Deserialize<Inputs>(v.ToString()) : null;
            }
            catch (JsonException e)
            {
                return RequestError(serializer, $"'variables' is not a JSON object: {e.Message}");
            }
            var request = new GraphQLRequest { Query = text.ToString(), Variables = variables, OperationName = query["operationName"] };
            return await Execute(http, request, executer, serializer);
        });

        app.MapPost("/graphql", async (HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer) =>
        {
            if (!(http.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return RequestError(serializer, "POST /graphql takes Content-Type: application/json", StatusCodes.Status415UnsupportedMediaType);
            }
            GraphQLRequest? request;
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (JsonException e)
            {
                return RequestError(serializer, $"the body is not a GraphQL request in JSON: {e.Message}");
            }
            if (string.IsNullOrWhiteSpace(request?.Query)) return RequestError(serializer, "the body has no 'query'");
            return await Execute(http, request, executer, serializer);
        });
    }

    public static string Sdl(ISchema schema) => schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static async Task<IResult> Execute(HttpContext http, GraphQLRequest request, IDocumentExecuter<ISchema> executer,
        IGraphQLTextSerializer serializer)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });
        return Results.Text(serializer.Serialize(result), "application/json; charset=utf-8");
    }

    private static IResult RequestError(IGraphQLTextSerializer serializer, string message, int status = StatusCodes.Status400BadRequest)
    {
        var error = new ExecutionError(message) { Code = ErrorCodes.InvalidRequest };
        return Results.Text(serializer.Serialize(new ExecutionResult { Errors = [error] }), "application/json; charset=utf-8", statusCode: status);
    }
}
