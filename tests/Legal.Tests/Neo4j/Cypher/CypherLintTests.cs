using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Export;
using Legal.Neo4j.QueryApi;
using Legal.Server.Hosting;
using Legal.Tests.Engine;
using Legal.Tests.Neo4j.QueryApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Legal.Tests.Neo4j.Cypher;

/// <summary>Every statement the Neo4j store can send, and the exported script, pass Neo4j's own linter without errors or warnings.</summary>
public sealed class CypherLintTests
{
    /// <summary>Drives the loader, every graph method and the readiness ping against the fake, and keeps what they sent.</summary>
    private static async Task<IReadOnlyList<CypherLinter.Input>> SentByTheStoreAsync()
    {
        var neo4j = new FakeQueryApi();
        neo4j.Answer = r => r.Statement switch
        {
            ReadStatements.Page => FakeQueryApi.Json("""{"data":{"fields":["total","remaining","nodes"],"values":[[0,0,[]]]},"bookmarks":[]}"""),
            ReadStatements.ChangeSources => FakeQueryApi.Json("""{"data":{"fields":["nodes","repeals"],"values":[[[],[]]]},"bookmarks":[]}"""),
            _ => null,
        };
        var client = neo4j.Client();
        var graph = new Neo4jGraph(client, Retries.ForQueries());
        var ids = new[] { NodeId.Parse("state/kw"), NodeId.Parse("org/test-forum") };

        await new Neo4jLoader(client, Retries.ForLoad()).LoadAsync(LegalGraphContract.Corpus);
        await graph.GetManyAsync(ids);
        foreach (var direction in Enum.GetValues<Direction>()) await graph.RelationsAsync(ids, direction, new HashSet<RelationKind> { RelationKind.MemberOf });
        await graph.ListAsync(new NodeQuery());
        await graph.ListAsync(new NodeQuery(new HashSet<NodeKind> { NodeKind.Law }, "KW", 5, Paging.Encode("kw/law/2013/106")));
        await graph.DisputesAsync();
        await graph.ChangesAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        await graph.SearchAsync(new SearchQuery("money laundering"));
        await graph.SearchAsync(new SearchQuery("غسل الأموال", Lang.Ar, new HashSet<NodeKind> { NodeKind.Provision }));
        await graph.ExtractReferencesAsync("Law No. 106 of 2013");
        await new Neo4jReadyCheck(client).CheckHealthAsync(new HealthCheckContext());

        return neo4j.Statements
            .DistinctBy(r => r.Statement)
            .Select((r, i) => new CypherLinter.Input($"sent #{i}", r.Statement!, r.Body!["parameters"]))
            .ToList();
    }

    private static void AssertClean(IReadOnlyList<LintFinding> findings) => Assert.True(findings.Count == 0, string.Join("\n", findings));

    [LinterFact]
    public async Task EveryStatementTheStoreSendsPassesTheLinterWithTheParametersItSends()
    {
        var sent = await SentByTheStoreAsync();

        AssertClean(CypherLinter.Lint(sent));
        Assert.Contains(sent, s => s.Text == ReadStatements.RelationsBoth);
        Assert.Contains(sent, s => s.Text == WriteStatements.DeleteNodesNotIn);
        Assert.Contains(sent, s => s.Text == ReadStatements.ChangeSources);
        Assert.Contains(sent, s => s.Text == ReadStatements.Search);
    }

    [LinterFact]
    public void TheWriteStatementForEveryNodeKindAndRelationshipTypePassesTheLinter()
    {
        var rows = System.Text.Json.Nodes.JsonNode.Parse("""{"rows": [{"id": "org/x", "from": "org/x", "to": "org/y", "props": {"key": "k"}}]}""");
        var statements = Enum.GetValues<NodeKind>().Select(k => new CypherLinter.Input($"nodes {k}", WriteStatements.MergeNodes(k), rows))
            .Concat(Enum.GetValues<RelationKind>().Select(t => new CypherLinter.Input($"relations {t}", WriteStatements.MergeRelations(t), rows)));

        AssertClean(CypherLinter.Lint(statements));
    }

    [LinterFact]
    public void EverySchemaStatementPassesTheLinter() =>
        AssertClean(CypherLinter.Lint(GraphSchema.Statements().Select((s, i) => new CypherLinter.Input($"schema #{i}", s))));

    [LinterFact]
    public async Task TheExportedScriptPassesTheLinter()
    {
        var script = new StringWriter();
        await CypherScript.WriteAsync(LegalGraphContract.Corpus, script);

        AssertClean(CypherLinter.Lint([new CypherLinter.Input("export", script.ToString())]));
    }

    [LinterFact]
    public void TheLinterReportsAnUnknownLabelAndAParameterNotSent()
    {
        var findings = CypherLinter.Lint([new CypherLinter.Input("bad", "MATCH (n:Statute {id: $id}) RETURN n")]);

        Assert.Contains(findings, f => f.Severity == 2 && f.Message.Contains("Statute"));
        Assert.Contains(findings, f => f.Severity == 1 && f.Message.Contains("$id"));
    }
}
