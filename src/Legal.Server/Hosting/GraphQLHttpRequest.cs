using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Legal.Server.Hosting;

/// <summary>
/// One GraphQL-over-HTTP request, read from a JSON body or a GET query string and checked the way the spec asks:
/// <c>query</c> and <c>operationName</c> are strings, <c>variables</c> and <c>extensions</c> are maps (any may be null).
/// A request that breaks these rules is a <see cref="GraphQLHttpRequestException"/>: 400, nothing run.
/// </summary>
public static class GraphQLHttpRequest
{
    /// <summary>The request, with its variables as sent (JSON text, empty when none), which with the query and operation name key its answer.</summary>
    public sealed record Read(GraphQLRequest Request, string VariablesJson);

    public static async Task<Read> ReadBodyAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new GraphQLHttpRequestException($"the body is not JSON: {e.Message}");
        }
        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object) throw new GraphQLHttpRequestException("the body must be a JSON object {\"query\": …}");
            var root = body.RootElement;
            var request = new GraphQLRequest
            {
                Query = String(root, "query"),
                OperationName = String(root, "operationName"),
                Variables = Map(root, "variables", serializer),
                Extensions = Map(root, "extensions", serializer),
            };
            return new Read(request, root.TryGetProperty("variables", out var variables) ? variables.GetRawText() : "");
        }
    }

    public static Read ReadQueryString(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var query = http.Query;
        var request = new GraphQLRequest
        {
            Query = query.TryGetValue("query", out var text) ? text.ToString() : null,
            OperationName = query.TryGetValue("operationName", out var name) && name.ToString().Length > 0 ? name.ToString() : null,
            Variables = MapText(query, "variables", serializer),
            Extensions = MapText(query, "extensions", serializer),
        };
        return new Read(request, query["variables"].ToString());
    }

    /// <summary>What a request asks, as one string; taken once a persisted query's text is known, so a hash and its query ask alike.</summary>
    public static string Asked(GraphQLRequest request, string variablesJson) => $"{request.Query}\n{variablesJson}\n{request.OperationName}";

    private static string? String(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new GraphQLHttpRequestException($"'{name}' must be a string");

    private static Inputs? Map(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText())
        : throw new GraphQLHttpRequestException($"'{name}' must be a JSON object");

    private static Inputs? MapText(IQueryCollection query, string name, IGraphQLTextSerializer serializer)
    {
        if (!query.TryGetValue(name, out var raw) || raw.ToString() is not { Length: > 0 } text) return null;
        try
        {
            using var parsed = JsonDocument.Parse(text);
            return parsed.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
                _ => throw new GraphQLHttpRequestException($"'{name}' must be a JSON object"),
            };
        }
        catch (JsonException e)
        {
            throw new GraphQLHttpRequestException($"'{name}' is not JSON: {e.Message}");
        }
    }
}
