using Legal.Tests.Server.Hosting;

namespace Legal.Tests.Server.GraphQL;

/// <summary>schema.graphql is the API's contract: it must say exactly what the server serves.</summary>
public sealed class LegalSchemaTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public LegalSchemaTests(FixtureCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task TheSchemaFileEqualsWhatGetGraphqlSdlServes()
    {
        var served = await _api.CreateClient().GetStringAsync("/graphql?sdl");
        var file = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepositoryRoot(), "schema.graphql"));
        var diff = LineDiff(file, served);
        Assert.True(diff.Count == 0,
            "schema.graphql differs from GET /graphql?sdl; regenerate it with\n" +
            "  dotnet run --project src/Legal.Server -- schema > schema.graphql\n" + string.Join('\n', diff));
    }

    [GraphQLClientsFact]
    public void RelayCompilerAcceptsTheSchemaWithAConnectionOnEveryListAndNodeRefetching()
    {
        // tests/graphql-clients/relay/connections.js pages instruments, nodes, obligations and search with @connection and
        // refetches a provision through node(id:); relay-compiler checks them against schema.graphql.
        Directory.CreateDirectory(Path.Combine(GraphQLClients.Folder, "relay", "__generated__"));
        var (exit, output) = GraphQLClients.Node(Path.Combine("node_modules", "relay-compiler", "cli.js"));
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("ERROR", output);
    }

    [Fact]
    public async Task IntrospectionServesRepeatableDirectivesAndDeprecatedInputValues()
    {
        var response = await _api.QueryAsync("""
            { __schema { directives { name isRepeatable } }
              __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }
            """);
        Assert.Null(response["errors"]);
        Assert.Contains(response["data"]!["__schema"]!["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "deprecated" && !d["isRepeatable"]!.GetValue<bool>());
        var search = response["data"]!["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "search")!;
        Assert.All(search["args"]!.AsArray(), a => Assert.False(a!["isDeprecated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task SpecifiedByUrlIsNotServedByGraphqlDotnet885AsTheReadmeSays()
    {
        // If an upgrade starts serving it, this fails: turn it on and update the README's introspection section.
        var response = await _api.QueryAsync("""{ __type(name: "Date") { specifiedByURL } }""");
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    /// <summary>The lines only in the file (-) or only in the served schema (+), in order, at most 40.</summary>
    private static List<string> LineDiff(string file, string served)
    {
        var a = file.ReplaceLineEndings("\n").Split('\n');
        var b = served.ReplaceLineEndings("\n").Split('\n');
        var inB = b.ToHashSet();
        var inA = a.ToHashSet();
        return a.Where(l => !inB.Contains(l)).Select(l => $"- {l}")
            .Concat(b.Where(l => !inA.Contains(l)).Select(l => $"+ {l}"))
            .Concat(a.Length == b.Length || a.Except(b).Any() || b.Except(a).Any() ? [] : new[] { "(same lines, different order or count)" })
            .Take(40).ToList();
    }
}
