using System.Text.Json;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;
using Legal.Neo4j.QueryApi;
using Legal.Tests.Engine;
using Legal.Tests.Neo4j.QueryApi;

namespace Legal.Tests.Neo4j;

/// <summary>The Neo4j store's side of each call, against canned answers: what it asks, and how it reads the answer.</summary>
public sealed class Neo4jGraphTests
{
    private readonly FakeQueryApi _neo4j = new();

    private Neo4jGraph Graph() => new(_neo4j.Client(), Retries.ForQueries());

    private static string Row(params object?[] values) => JsonSerializer.Serialize(values);

    [Fact]
    public async Task EveryMethodCostsOneRoundTripWhateverTheNumberOfIds()
    {
        var ids = Enumerable.Range(1, 500).Select(i => NodeId.Parse($"fatf/rec/{i}")).ToList();
        var graph = Graph();

        await graph.GetManyAsync(ids);
        await graph.RelationsAsync(ids, Direction.Both);

        Assert.Equal(2, _neo4j.Requests.Count);
        Assert.Equal(500, _neo4j.Requests[0].Body!["parameters"]!["ids"]!.AsArray().Count);
        Assert.Equal(ReadStatements.RelationsBoth, _neo4j.Requests[1].Statement);
        Assert.All(_neo4j.Requests, r => Assert.Equal("Read", r.Body!["accessMode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NodesAreReadFromTheirProperties()
    {
        var law = Fixtures.Corpus().Nodes[NodeId.Parse("kw/law/2013/106")];
        _neo4j.Answer = _ => FakeQueryApi.Json($$"""{"data":{"fields":["node"],"values":[{{Row(NodeProperties.From(law))}}]},"bookmarks":[]}""");

        var found = await Graph().GetManyAsync([law.Id, NodeId.Parse("org/missing")]);

        Assert.Equal(Describe.Of(law), Describe.Of(Assert.Single(found.Values)));
    }

    [Fact]
    public async Task RelationsComeBackOutgoingFirstThenInTheOrderOfTheIdsAskedThenInTheCorpussOrder()
    {
        var origin = new Origin("a.md", 1, 1);
        object Relation(int side, string anchor, string from, string to, int seq) =>
            new object[] { side, anchor, from, "MEMBER_OF", to, RelationProperties.From(new Relation(NodeId.Parse(from), RelationKind.MemberOf, NodeId.Parse(to), origin), seq, 0) };
        _neo4j.Answer = _ => FakeQueryApi.Json($$"""
            {"data":{"fields":["side","anchor","from","type","to","props"],"values":{{JsonSerializer.Serialize(new[]
            {
                Relation(1, "state/kw", "state/sa", "state/kw", 1),
                Relation(0, "state/kw", "state/kw", "org/b", 5),
                Relation(0, "org/x", "org/x", "org/c", 0),
                Relation(0, "state/kw", "state/kw", "org/a", 2),
            })}}},"bookmarks":[]}
            """);

        var relations = await Graph().RelationsAsync([NodeId.Parse("state/kw"), NodeId.Parse("org/x")], Direction.Both, new HashSet<RelationKind> { RelationKind.MemberOf });

        Assert.Equal(["state/kw>org/a", "state/kw>org/b", "org/x>org/c", "state/sa>state/kw"], relations.Select(e => $"{e.From}>{e.To}"));
        Assert.Equal(["MEMBER_OF"], _neo4j.Requests.Single().Body!["parameters"]!["types"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task APageIsBuiltFromTheTotalWhatRemainsAfterTheCursorAndTheNodes()
    {
        var corpus = Fixtures.Corpus();
        var nodes = corpus.Nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).Take(2).Select(NodeProperties.From).ToList();
        _neo4j.Answer = _ => FakeQueryApi.Json($$"""
            {"data":{"fields":["total","remaining","nodes"],"values":[[{"$type":"Integer","_value":"9"},{"$type":"Integer","_value":"5"},{{JsonSerializer.Serialize(nodes)}}]]},"bookmarks":[]}
            """);

        var page = await Graph().ListAsync(new NodeQuery(new HashSet<NodeKind> { NodeKind.Law }, "kw", First: 2, After: Paging.Encode("a")));

        Assert.Equal((9, true, Paging.Encode((string)nodes[1]["id"]!)), (page.TotalCount, page.HasNextPage, page.EndCursor));
        var parameters = _neo4j.Requests.Single().Body!["parameters"]!;
        Assert.Equal(("law", "kw", "a", 2), (parameters["kinds"]![0]!.GetValue<string>(), parameters["jurisdiction"]!.GetValue<string>(),
            parameters["after"]!.GetValue<string>(), parameters["first"]!.GetValue<int>()));
    }

    [Fact]
    public async Task SearchAsksThePreAnalysedIndexForAnyTermInEveryFieldThenRanksByThePolicyAndReadsThePagesNodes()
    {
        var law = Fixtures.Corpus().Nodes[NodeId.Parse("kw/law/2013/106")];
        _neo4j.Answer = r => r.Statement == ReadStatements.Search
            ? FakeQueryApi.Json("""{"data":{"fields":["id","kind","score","terms"],"values":[["org/test-fiu","institution",{"$type":"Float","_value":"3.0"},{"searchTitleEn":"test"}],["kw/law/2013/106","law",{"$type":"Float","_value":"2.5"},{"searchTitleEn":"test x","searchTextAr":"حكم"}]]},"bookmarks":[]}""")
            : r.Statement == ReadStatements.NodesOfKinds
                ? FakeQueryApi.Json("""{"data":{"fields":["node"],"values":[]},"bookmarks":[]}""")
                : FakeQueryApi.Json($$"""{"data":{"fields":["node"],"values":[{{Row(NodeProperties.From(law))}}]},"bookmarks":[]}""");

        var page = await Graph().SearchAsync(new SearchQuery("Test أحكام AND (x)", First: 1));

        var sent = _neo4j.Requests.Single(r => r.Statement == ReadStatements.Search).Body!["parameters"]!;
        var query = sent["query"]!.GetValue<string>();
        // Analysed as the loader analysed the text: folded and stemmed (أحكام → حكم), the stop word "AND" dropped, "(x)" a plain term.
        Assert.Contains("searchTitleEn:test^3", query);
        Assert.Contains("searchTextAr:حكم^1", query);
        Assert.Contains("searchAbout:x^6", query);
        Assert.DoesNotContain(" AND ", query);
        Assert.Equal(GraphSchema.SearchIndex, sent["index"]!.GetValue<string>());
        var hit = Assert.Single(page.Items);
        // The law matched every term and weighs as a Kuwaiti instrument (2 × 1.5); the FIU matched one term of three.
        Assert.Equal((law.Id, 7.5f, 2, true), (hit.Node.Id, hit.Score, page.TotalCount, page.HasNextPage));
        Assert.Equal(["kw/law/2013/106"], _neo4j.Requests[^1].Body!["parameters"]!["ids"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    [Theory]
    [InlineData(201, null)]
    [InlineData(20, "not base64!")]
    public async Task ABadPageSizeOrCursorIsRefusedBeforeAskingNeo4j(int first, string? after)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Graph().ListAsync(new NodeQuery(First: first, After: after)));
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task WhileServingAnUnavailableStoreIsReportedAtOnceWithoutRetrying()
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(System.Net.HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable");

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Graph().DisputesAsync());

        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task WhileServingATransientErrorIsRetriedOnce()
    {
        _neo4j.Answer = _ => _neo4j.Requests.Count == 1 ? FakeQueryApi.Error(System.Net.HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected") : null;

        Assert.Empty(await Graph().DisputesAsync());

        Assert.Equal(2, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task AStoreThatCannotBeReachedIsReportedAsUnavailable()
    {
        var graph = new Neo4jGraph(new QueryApiClient(new HttpClient(), new Neo4jOptions { Uri = "http://127.0.0.1:1" }), Retries.ForQueries());

        await Assert.ThrowsAsync<StoreUnavailableException>(() => graph.GetManyAsync([NodeId.Parse("org/test-fiu")]));
    }

    [Theory]
    [InlineData(500, """{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"the disk is full"}]}""")]
    [InlineData(400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"bad Cypher"}]}""")]
    [InlineData(200, """{"data": {"fields": ["node"], "values": [[""")]
    [InlineData(200, """<html>a proxy's page</html>""")]
    [InlineData(200, """{"data":{"fields":["node"],"values":[[{"$type":"String","_value":"not a node"}]]}}""")]
    [InlineData(200, """{"data":{"fields":["other"],"values":[[1]]}}""")]
    [InlineData(200, """{"data":{"fields":["node"],"values":{"not":"a list"}}}""")]
    public async Task EveryStoreFaultAndEveryAnswerInAnotherShapeIsReportedAsUnavailable(int status, string body)
    {
        _neo4j.Answer = _ => FakeQueryApi.Json(body, (System.Net.HttpStatusCode)status);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Graph().GetManyAsync([NodeId.Parse("org/test-fiu")]));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => Graph().DisputesAsync());
    }
}
