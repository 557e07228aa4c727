using System.Text.Json.Nodes;

namespace Legal.Tests.Server.GraphQL;

public sealed class CostLimitRuleTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public CostLimitRuleTests(FixtureCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path);

    public void Dispose() => _api.Dispose();

    private static string? Code(JsonNode response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task ASchemaQueryAsDeepAsTheOneExplorersSendIsAnswered()
    {
        // 14 levels, as in the type references of the standard introspection query: past the data limit of 12.
        var response = await _api.QueryAsync(
            "{ __schema { types { fields { args { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }");
        Assert.Null(response["errors"]);
        Assert.NotNull(response["data"]!["__schema"]);
    }

    [Fact]
    public async Task ASchemaQueryThatNestsWithoutEndIsStillRefused()
    {
        var response = await _api.QueryAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }");
        Assert.Equal("COMPLEXITY", Code(response));
    }

    [Fact]
    public async Task ADataQueryPastTheDepthLimitIsRefused()
    {
        var response = await _api.QueryAsync(
            "{ node(id: \"org/test-fiu\") { relations { node { relations { node { relations { node { relations { node { relations { node { relations { node { id } } } } } } } } } } } } } }");
        Assert.Equal("COMPLEXITY", Code(response));
    }
}
