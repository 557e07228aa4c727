using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Legal.Neo4j.QueryApi;

/// <summary>
/// Neo4j's HTTP Query API (Neo4j 5.19+ and Aura): <c>POST {uri}/db/{database}/query/v2</c> for a statement in its own
/// transaction, and <c>…/query/v2/tx</c> for explicit ones. Every failure becomes a <see cref="Neo4jException"/>;
/// retrying is the caller's decision, because only the caller knows whether a call is safe to repeat.
/// </summary>
public sealed class QueryApiClient(HttpClient http, Neo4jOptions options)
{
    /// <summary>Typed JSON keeps integers apart from floats; the un-versioned type, because ".v1.1" needs Neo4j 2025.11.</summary>
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    /// <summary>Aura routes the calls of one transaction to one cluster member by this header, echoed from the first answer.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private string[] _bookmarks = [];

    /// <summary>
    /// A client with its own connection pool. Timeouts bound every call, so a store that stops answering
    /// shows as unavailable instead of holding requests; connections are recycled so DNS changes (Aura) are seen.
    /// </summary>
    public static QueryApiClient Create(Neo4jOptions options) => new(
        new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(3), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = options.RequestTimeout,
        },
        options);

    public string Address => $"{options.Uri} (database {options.Database})";

    /// <summary>Runs one statement in a transaction of its own (auto-commit).</summary>
    public async Task<QueryResult> RunAsync(Statement statement, bool readOnly = false, CancellationToken ct = default)
    {
        var body = Body(statement);
        if (readOnly) body["accessMode"] = "Read";
        var (result, _) = await SendAsync(HttpMethod.Post, "query/v2", body, affinity: null, ct);
        return result;
    }

    /// <summary>Opens an explicit transaction; nothing it writes is visible to others until it commits.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken ct = default)
    {
        var body = new JsonObject();
        if (_bookmarks.Length > 0) body["bookmarks"] = new JsonArray(_bookmarks.Select(b => (JsonNode)b).ToArray());
        var (_, response) = await SendAsync(HttpMethod.Post, "query/v2/tx", body, affinity: null, ct);
        var id = response.Body["transaction"]?["id"]?.GetValue<string>()
            ?? throw new Neo4jException(Neo4jFailure.Rejected, "Legal.NoTransactionId", "opening a transaction answered without transaction.id");
        return new Neo4jTransaction(this, id, response.Affinity);
    }

    internal async Task<QueryResult> RunInAsync(string transactionId, string? affinity, Statement statement, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Post, $"query/v2/tx/{transactionId}", Body(statement), affinity, ct)).Result;

    internal async Task CommitAsync(string transactionId, string? affinity, CancellationToken ct) =>
        await SendAsync(HttpMethod.Post, $"query/v2/tx/{transactionId}/commit", new JsonObject(), affinity, ct);

    internal async Task RollbackAsync(string transactionId, string? affinity, CancellationToken ct) =>
        await SendAsync(HttpMethod.Delete, $"query/v2/tx/{transactionId}", body: null, affinity, ct);

    private JsonObject Body(Statement statement)
    {
        var body = new JsonObject
        {
            ["statement"] = statement.Text,
            ["parameters"] = JsonSerializer.SerializeToNode(statement.Parameters),
        };
        // Passing the last bookmarks we saw gives read-your-writes on a cluster.
        if (_bookmarks.Length > 0) body["bookmarks"] = new JsonArray(_bookmarks.Select(b => (JsonNode)b).ToArray());
        return body;
    }

    private sealed record Answer(JsonObject Body, string? Affinity);

    private async Task<(QueryResult Result, Answer Response)> SendAsync(HttpMethod method, string path, JsonObject? body, string? affinity,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, Endpoint(path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Headers.Authorization = options.Authorization();
        if (affinity is not null) request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await TransportAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var json = text.Length == 0 ? new JsonObject() : ParseBody(text, response.StatusCode);
        ThrowOnFailure(response.StatusCode, json);

        var result = QueryResult.Parse(json);
        if (result.Bookmarks.Count > 0) _bookmarks = result.Bookmarks.ToArray();
        var answeredAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (result, new Answer(json, answeredAffinity ?? affinity));
    }

    private Uri Endpoint(string path) => new($"{options.Uri!.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/{path}");

    private async Task<HttpResponseMessage> TransportAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Neo4jFailure.Unavailable, "Legal.Unreachable", $"cannot reach Neo4j at {options.Uri}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jFailure.Unavailable, "Legal.Timeout", $"Neo4j at {options.Uri} did not answer within {http.Timeout.TotalSeconds:0.#} s", e);
        }
    }

    private static JsonObject ParseBody(string text, HttpStatusCode status)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? new JsonObject();
        }
        catch (JsonException)
        {
            // A proxy or load balancer answering in HTML: the status says more than the body.
            throw FromStatus(status, $"answered {(int)status} with a body that is not JSON");
        }
    }

    /// <summary>A status of 300 or more, or any entry in <c>errors</c>, is a failure: the first error's code decides which.</summary>
    private static void ThrowOnFailure(HttpStatusCode status, JsonObject body)
    {
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            var code = errors[0]?["code"]?.GetValue<string>() ?? $"HTTP {(int)status}";
            throw new Neo4jException(Neo4jException.Classify(code), code, errors[0]?["message"]?.GetValue<string>() ?? "");
        }
        if ((int)status >= 300) throw FromStatus(status, $"answered {(int)status} {status}");
    }

    private static Neo4jException FromStatus(HttpStatusCode status, string message)
    {
        var failure = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Neo4jFailure.Unauthorized,
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => Neo4jFailure.Transient,
            >= HttpStatusCode.InternalServerError => Neo4jFailure.Unavailable,
            _ => Neo4jFailure.Rejected,
        };
        return new Neo4jException(failure, $"HTTP {(int)status}", message);
    }
}
