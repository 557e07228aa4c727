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
