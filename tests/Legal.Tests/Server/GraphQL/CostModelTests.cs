using System.Text.Json.Nodes;
using Legal.Server.GraphQL;
using Legal.Tests.Server;

namespace Legal.Tests.Server.GraphQL;

/// <summary>Fields are priced by their work, and each alias pays again, so aliases cannot multiply it past the limit.</summary>
public sealed class CostModelTests : IClassFixture<FixtureCorpusFolder>, IDisposable
{
    private readonly LegalApiFactory _api;

    public CostModelTests(FixtureCorpusFolder corpus) => _api = new LegalApiFactory(corpus.Path);

    public void Dispose() => _api.Dispose();

    private static string? Code(JsonNode response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static string Aliases(int count, string field) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}"));

    [Fact]
    public async Task RenderingTheWholeInstrumentIsPricedSoThatAFewDozenAliasesAreRefused()
    {
        var count = (int)(100_000 / CostModel.WholeInstrument) + 1;
        var response = await _api.QueryAsync("{ " + Aliases(count, """instrument(id: "kw/law/2013/106") { html(lang: AR) }""") + " }");

        Assert.Equal("COMPLEXITY", Code(response));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task TheSameNumberOfCheapFieldsIsAnswered()
    {
        var count = (int)(100_000 / CostModel.WholeInstrument) + 1;
        var response = await _api.QueryAsync("{ " + Aliases(count, """instrument(id: "kw/law/2013/106") { id }""") + " }");

        Assert.Null(response["errors"]);
    }

    [Fact]
    public async Task FiftyExtractionsOfALongTextAreRefusedByTheLengthOfTheText()
    {
        var response = await _api.QueryAsync("query($t: String!) { " + Aliases(50, "extractReferences(text: $t) { text }") + " }",
            new { t = string.Concat(Enumerable.Repeat("Law No. 106 of 2013 ", 10_000)) });

        Assert.Equal("COMPLEXITY", Code(response));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task TheSameExtractionsOfAShortTextAreAnswered()
    {
        var response = await _api.QueryAsync("query($t: String!) { " + Aliases(50, "extractReferences(text: $t) { text }") + " }",
            new { t = "Law No. 106 of 2013" });

        Assert.Null(response["errors"]);
    }
}
