using System.Net;
using System.Text;
using Legal.Neo4j;
using Legal.Neo4j.QueryApi;

namespace Legal.Tests.Neo4j.QueryApi;

/// <summary>
/// Pins what we assume of Neo4j's Query API (request and response bodies written from its documentation),
/// so that the first run against a real server shows at once which assumption was wrong.
/// </summary>
public sealed class QueryApiClientTests
{
    private readonly FakeQueryApi _neo4j = new();

    [Fact]
    public async Task AStatementIsPostedToTheDatabasesQueryEndpointWithItsParametersAndCredentials()
    {
        await _neo4j.Client(new Neo4jOptions { Uri = FakeQueryApi.Uri + "/", Database = "legal", User = "neo4j", Password = "secret" })
            .RunAsync(new Statement("RETURN $x AS x").With("x", 42), readOnly: true);

        var sent = _neo4j.Requests.Single();
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("http://neo4j.test:7474/db/legal/query/v2", sent.Message.RequestUri!.ToString());
        Assert.Equal("RETURN $x AS x", sent.Body!["statement"]!.GetValue<string>());
        Assert.Equal(42, sent.Body["parameters"]!["x"]!.GetValue<int>());
        Assert.Equal("Read", sent.Body["accessMode"]!.GetValue<string>());
        Assert.Equal("application/json", sent.Message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(QueryApiClient.TypedJsonMediaType, sent.Message.Headers.Accept.First().MediaType);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), sent.Header("Authorization"));
    }

    [Fact]
    public async Task ABearerTokenIsSentBase64EncodedInsteadOfAUserAndPassword()
    {
        await _neo4j.Client(new Neo4jOptions { Uri = FakeQueryApi.Uri, Token = "sso-token" }).RunAsync(new Statement("RETURN 1"));

        Assert.Equal("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("sso-token")), _neo4j.Requests.Single().Header("Authorization"));
    }

    [Fact]
    public async Task APlainJsonAnswerReadsAsRecordsByFieldWithItsBookmarksAndCounters()
    {
        _neo4j.Answer = _ => FakeQueryApi.Json("""
            {"data":{"fields":["person","name","age"],"values":[[
              {"elementId":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","labels":["Person"],"properties":{"name":"Phil"}},"Phil",42]]},
             "counters":{"containsUpdates":true,"nodesCreated":1},
             "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}
            """);

        var result = await _neo4j.Client().RunAsync(new Statement("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name, 42 AS age"));

        var record = Assert.Single(result.Records);
        Assert.Equal(["person", "name", "age"], result.Fields);
        Assert.Equal("Phil", record["person"]!["properties"]!["name"]!.GetValue<string>());
        Assert.Equal("Phil", record["name"]!.GetValue<string>());
        Assert.Equal(42, record["age"]!.GetValue<long>());
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);
        Assert.True(result.Counters!["containsUpdates"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ATypedJsonAnswerReadsTheSameAsPlainJsonWithIntegersSentAsStrings()
    {
        _neo4j.Answer = _ => FakeQueryApi.Json("""
            {"data":{"fields":["person","n","ids","props","nothing"],"values":[[
              {"$type":"Node","_value":{"_element_id":"4:ff04df25:2","_labels":["Person"],"_properties":{"name":{"$type":"String","_value":"Phil"}}}},
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"List","_value":[{"$type":"String","_value":"kw/law/2013/106"}]},
              {"$type":"Map","_value":{"order":{"$type":"Integer","_value":"3"},"titleAr":{"$type":"String","_value":"قانون"}}},
              {"$type":"Null","_value":null}]]},
             "bookmarks":[]}
            """);

        var record = (await _neo4j.Client().RunAsync(new Statement("RETURN 1"))).Records.Single();

        Assert.Equal("Phil", record["person"]!["properties"]!["name"]!.GetValue<string>());
        Assert.Equal(["Person"], record["person"]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(9007199254740993L, record["n"]!.GetValue<long>());
        Assert.Equal("kw/law/2013/106", record["ids"]![0]!.GetValue<string>());
        Assert.Equal(3, record["props"]!["order"]!.GetValue<int>());
        Assert.Equal("قانون", record["props"]!["titleAr"]!.GetValue<string>());
        Assert.Null(record["nothing"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", Neo4jFailure.Syntax)]
    [InlineData(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", Neo4jFailure.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, "Neo.ClientError.Security.Forbidden", Neo4jFailure.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", Neo4jFailure.ConstraintViolation)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", Neo4jFailure.Transient)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable", Neo4jFailure.Unavailable)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.ParameterMissing", Neo4jFailure.Rejected)]
    [InlineData(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid", Neo4jFailure.Rejected)]
    public async Task AnErrorIsClassifiedByItsNeo4jCode(HttpStatusCode status, string code, Neo4jFailure failure)
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(status, code);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _neo4j.Client().RunAsync(new Statement("RETURN 1")));

        Assert.Equal((failure, code), (error.Failure, error.Code));
    }

    [Fact]
    public async Task AnErrorsEntryFailsTheCallEvenWithASuccessStatus()
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(HttpStatusCode.Accepted, "Neo.ClientError.Statement.SyntaxError");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _neo4j.Client().RunAsync(new Statement("RETURN 1")));

        Assert.Equal(Neo4jFailure.Syntax, error.Failure);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, Neo4jFailure.Unauthorized)]
    [InlineData(HttpStatusCode.BadGateway, Neo4jFailure.Unavailable)]
    [InlineData(HttpStatusCode.TooManyRequests, Neo4jFailure.Transient)]
    public async Task AFailureWithoutAJsonBodyIsClassifiedByItsStatus(HttpStatusCode status, Neo4jFailure failure)
    {
        _neo4j.Answer = _ => new HttpResponseMessage(status) { Content = new StringContent("<html>proxy says no</html>") };

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _neo4j.Client().RunAsync(new Statement("RETURN 1")));

        Assert.Equal(failure, error.Failure);
    }

    [Fact]
    public async Task AServerThatCannotBeReachedIsUnavailable()
    {
        var client = new QueryApiClient(new HttpClient(), new Neo4jOptions { Uri = "http://127.0.0.1:1" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Statement("RETURN 1")));

        Assert.Equal(Neo4jFailure.Unavailable, error.Failure);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task TheBookmarksOfOneAnswerAreSentWithTheNextRequestForReadYourWrites()
    {
        var client = _neo4j.Client();
        await client.RunAsync(new Statement("CREATE (n:Node)"));
        await client.RunAsync(new Statement("MATCH (n:Node) RETURN n"));

        Assert.Null(_neo4j.Requests[0].Body!["bookmarks"]);
        Assert.Equal("FB:kcwQ", _neo4j.Requests[1].Body!["bookmarks"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExplicitTransactionOpensRunsAndCommitsAtItsOwnAddressEchoingTheClusterAffinity()
    {
        _neo4j.Answer = r => r.Path == "query/v2/tx"
            ? FakeQueryApi.Json("""{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"c93b5d3d","expires":"2024-10-22T15:48:29Z"}}""",
                HttpStatusCode.Accepted, (QueryApiClient.ClusterAffinityHeader, "member-2"))
            : null;

        await using (var tx = await _neo4j.Client().BeginAsync())
        {
            await tx.RunAsync(new Statement("CREATE (n:Node {id: $id})").With("id", "org/x"));
            await tx.CommitAsync();
        }

        Assert.Equal(["POST query/v2/tx", "POST query/v2/tx/c93b5d3d", "POST query/v2/tx/c93b5d3d/commit"],
            _neo4j.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(_neo4j.Requests.Skip(1), r => Assert.Equal("member-2", r.Header(QueryApiClient.ClusterAffinityHeader)));
    }

    [Fact]
    public async Task ATransactionLeftWithoutCommitIsRolledBackWithDelete()
    {
        await using (var tx = await _neo4j.Client().BeginAsync())
        {
            await tx.RunAsync(new Statement("CREATE (n:Node)"));
        }

        var last = _neo4j.Requests[^1];
        Assert.Equal((HttpMethod.Delete, "query/v2/tx/tx-1"), (last.Method, last.Path));
    }
}
