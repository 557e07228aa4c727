using System.Net;
using Legal.Neo4j;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Legal.Tests.Neo4j.QueryApi;

namespace Legal.Tests.Neo4j;

public sealed class Neo4jLoaderTests
{
    private readonly FakeQueryApi _neo4j = new();

    private Task LoadAsync(IProgress<LoadProgress>? progress = null) =>
        new Neo4jLoader(_neo4j.Client(), Retries.ForLoad(firstDelay: TimeSpan.Zero)).LoadAsync(Fixtures.Corpus(), progress);

    private static bool IsSchema(SentRequest r) => r.Statement!.StartsWith("CREATE ", StringComparison.Ordinal);

    [Fact]
    public async Task EachSchemaStatementGoesInARequestOfItsOwnBeforeTheDataTransaction()
    {
        await LoadAsync();

        var schema = _neo4j.Requests.TakeWhile(r => r.Path == "query/v2").ToList();
        Assert.Equal(GraphSchema.Statements(), schema.Select(r => r.Statement));
        Assert.All(GraphSchema.Statements(), s => Assert.Contains("IF NOT EXISTS", s));
        Assert.Equal("query/v2/tx", _neo4j.Requests[schema.Count].Path);
    }

    [Fact]
    public async Task TheDataIsWrittenInOneTransactionMergingRowsThenDeletingWhatTheCorpusNoLongerHasThenCommitting()
    {
        await LoadAsync();

        var data = _neo4j.Requests.SkipWhile(r => r.Path == "query/v2").ToList();
        Assert.Equal("query/v2/tx", data[0].Path);
        Assert.All(data.Skip(1).SkipLast(1), r => Assert.Equal("query/v2/tx/tx-1", r.Path));
        Assert.Equal("query/v2/tx/tx-1/commit", data[^1].Path);
        var statements = data.Skip(1).SkipLast(1).Select(r => r.Statement!).ToList();
        Assert.All(statements.SkipLast(2), s => Assert.StartsWith("UNWIND $rows AS row", s));
        Assert.Equal([WriteStatements.DeleteRelationsNotIn, WriteStatements.DeleteNodesNotIn], statements.TakeLast(2));
        var corpus = Fixtures.Corpus();
        Assert.Equal(corpus.Nodes.Count + corpus.Relations.Count, data.Skip(1).SkipLast(3).Sum(r => r.Body!["parameters"]!["rows"]!.AsArray().Count));
        Assert.Equal(corpus.Nodes.Count, data[^2].Body!["parameters"]!["ids"]!.AsArray().Count);
    }

    [Fact]
    public async Task LoadingTheSameCorpusTwiceSendsTheSameStatementsAndRows()
    {
        static string Sent(SentRequest r) => r.Statement + r.Body!["parameters"]!.ToJsonString();
        await LoadAsync();
        var first = _neo4j.Statements.Select(Sent).ToList();
        _neo4j.Requests.Clear();

        await LoadAsync();

        Assert.Equal(first, _neo4j.Statements.Select(Sent));
    }

    [Fact]
    public async Task AFailureMidwayRollsTheTransactionBackAndNeverCommits()
    {
        _neo4j.Answer = r => r.Statement == WriteStatements.DeleteNodesNotIn ? FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError") : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => LoadAsync());

        Assert.Equal(Neo4jFailure.Rejected, error.Failure);
        Assert.Equal((HttpMethod.Delete, "query/v2/tx/tx-1"), (_neo4j.Requests[^1].Method, _neo4j.Requests[^1].Path));
        Assert.DoesNotContain(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATransientFailureRetriesTheWholeTransaction()
    {
        var failed = false;
        _neo4j.Answer = r =>
        {
            if (failed || r.Statement != WriteStatements.DeleteRelationsNotIn) return null;
            failed = true;
            return FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected");
        };

        await LoadAsync();

        Assert.Equal(2, _neo4j.Requests.Count(r => r.Path == "query/v2/tx"));
        Assert.Single(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", Neo4jFailure.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", Neo4jFailure.Syntax)]
    public async Task AuthenticationAndSyntaxErrorsAreReportedAtOnceWithoutRetrying(HttpStatusCode status, string code, Neo4jFailure failure)
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(status, code);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => LoadAsync());

        Assert.Equal(failure, error.Failure);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task ProgressCountsUpToTheTotalOnceCommitted()
    {
        var reports = new List<LoadProgress>();

        await LoadAsync(new Recorder(reports));

        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        Assert.Equal(("committed", reports[^1].Total), (reports[^1].Step, reports[^1].Done));
    }

    private sealed class Recorder(List<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => reports.Add(value);
    }
}
