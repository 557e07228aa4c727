using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Legal.Neo4j;
using Legal.Neo4j.QueryApi;

namespace Legal.Tests.Neo4j.QueryApi;

/// <summary>One request the store sent: method, path after the database, headers, and the JSON body.</summary>
internal sealed record SentRequest(HttpMethod Method, string Path, HttpRequestMessage Message, JsonObject? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();

    public string? Header(string name) => Message.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}

/// <summary>
/// Stands in for Neo4j's Query API: records every request and answers with what the test says, written from the
/// examples in Neo4j's documentation. By default: 202 with empty data, and a transaction id when one is opened.
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    public const string Uri = "http://neo4j.test:7474";

    public List<SentRequest> Requests { get; } = [];

    /// <summary>Answers a request; return null for the default answer.</summary>
    public Func<SentRequest, HttpResponseMessage?> Answer { get; set; } = _ => null;

    public QueryApiClient Client(Neo4jOptions? options = null) =>
        new(new HttpClient(this), options ?? new Neo4jOptions { Uri = Uri, User = "neo4j", Password = "secret" });

    public IEnumerable<SentRequest> Statements => Requests.Where(r => r.Statement is not null);

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.Accepted, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.Add(name, value);
        return response;
    }

    /// <summary>Neo4j's answer to <c>RETURN 1 AS ok</c>, in typed JSON.</summary>
    public static HttpResponseMessage Pong() =>
        Json("""{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}""", HttpStatusCode.OK);

    public static HttpResponseMessage Error(HttpStatusCode status, string code) =>
        Json($$"""{"errors":[{"code":"{{code}}","message":"from the fake"}]}""", status);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var path = request.RequestUri!.AbsolutePath;
        var sent = new SentRequest(request.Method, path[(path.IndexOf("/query/v2", StringComparison.Ordinal) + 1)..], request,
            text is null ? null : JsonNode.Parse(text)!.AsObject());
        Requests.Add(sent);
        return Answer(sent) ?? Default(sent);
    }

    private static HttpResponseMessage Default(SentRequest request) => request switch
    {
        { Method.Method: "POST", Path: "query/v2/tx" } =>
            Json("""{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"tx-1","expires":"2024-10-22T15:48:29Z"}}"""),
        { Method.Method: "DELETE" } => Json("""{"data":{"fields":[],"values":[]},"bookmarks":[]}""", HttpStatusCode.OK),
        _ => Json("""{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ"]}"""),
    };
}
