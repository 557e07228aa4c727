using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Legal.Embedded;
using Legal.Engine;
using Legal.Tests.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.GraphQL;

/// <summary>
/// Each bound on a request is refused with its own code, naming the limit, before the work it bounds is done:
/// the acceptance's bombs (thousands of aliases, repeated fields, huge variables) among them.
/// </summary>
public sealed class ExecutionGuardTests : IClassFixture<FixtureCorpusFolder>
{
    private readonly FixtureCorpusFolder _corpus;

    public ExecutionGuardTests(FixtureCorpusFolder corpus) => _corpus = corpus;

    private static string? Code(JsonNode response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static string Message(JsonNode response) => response["errors"]![0]!["message"]!.GetValue<string>();

    private async Task<JsonNode> QueryAsync(string query, object? variables = null, Dictionary<string, string?>? settings = null)
    {
        using var api = new LegalApiFactory(_corpus.Path, settings);
        return await api.QueryAsync(query, variables);
    }

    private static string Aliases(int count, string field) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    [Fact]
    public async Task SixteenThousandRepeatedFieldsAreRefusedByLengthBeforeValidation()
    {
        var response = await QueryAsync("{" + string.Concat(Enumerable.Repeat(" disputes { field }", 16_000)) + " }");

        Assert.Equal("DOCUMENT_TOO_LARGE", Code(response));
        Assert.Contains("Limits:MaxDocumentLength", Message(response));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ADocumentWithTooManyFieldsIsRefusedBeforeValidation()
    {
        var response = await QueryAsync("{" + string.Concat(Enumerable.Repeat(" disputes { field }", 1_500)) + " }");

        Assert.Equal("TOO_MANY_FIELDS", Code(response));
        Assert.Contains("3,000 fields; at most 1,000", Message(response));
    }

    [Fact]
    public async Task AFragmentSpreadManyTimesCountsItsFieldsEachTime()
    {
        var response = await QueryAsync("{ " + string.Concat(Enumerable.Repeat("disputes { ...F } ", 300)) + "} fragment F on Dispute { field claims { value note } }");

        Assert.Equal("TOO_MANY_FIELDS", Code(response));
    }

    [Fact]
    public async Task FragmentsThatDoubleAtEachLevelAreRefusedWithoutOverflowing()
    {
        var fragments = string.Concat(Enumerable.Range(1, 80).Select(i => $" fragment F{i} on Dispute {{ ...F{i - 1} ...F{i - 1} }}"));
        var response = await QueryAsync("{ disputes { ...F80 } } fragment F0 on Dispute { field }" + fragments);

        Assert.Equal("TOO_MANY_FIELDS", Code(response));
    }

    [Fact]
    public async Task TwoThousandAliasesOfTheLawsHtmlAreRefused()
    {
        var response = await QueryAsync(Aliases(2_000, """instrument(id: "kw/law/2013/106") { html(lang: AR) }"""));

        Assert.Contains(Code(response), new[] { "DOCUMENT_TOO_LARGE", "TOO_MANY_ALIASES" });
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task MoreAliasesThanTheLimitAreRefusedWhateverTheyAskFor()
    {
        var response = await QueryAsync(Aliases(101, "__typename"));

        Assert.Equal("TOO_MANY_ALIASES", Code(response));
        Assert.Contains("at most 100 (Limits:MaxAliases)", Message(response));
    }

    [Fact]
    public async Task VariablesPastTheirLimitAreRefusedNamingIt()
    {
        var response = await QueryAsync("query($t: String!) { extractReferences(text: $t) { text } }", new { t = new string('x', 300_000) });

        Assert.Equal("VARIABLES_TOO_LARGE", Code(response));
        Assert.Contains("Limits:MaxVariablesLength", Message(response));
    }

    [Fact]
    public async Task AResponsePastItsLimitIsReplacedByOneCodedError()
    {
        var response = await QueryAsync("""{ instrument(id: "kw/law/2013/106") { markdown(lang: EN) title(lang: EN) } }""",
            settings: new() { ["Limits:MaxResponseLength"] = "100" });

        Assert.Equal("RESPONSE_TOO_LARGE", Code(response));
        Assert.Contains("Limits:MaxResponseLength", Message(response));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ARequestPastItsTimeIsStoppedWithACode()
    {
        // Every store call waits ten times the limit, so the request cannot finish in time however fast the machine.
        using var server = new LegalApiFactory(_corpus.Path, new Dictionary<string, string?> { ["Limits:MaxExecutionTime"] = "00:00:00.2" });
        using var api = server.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IGraphProvider>(sp => new InterceptedProvider(sp.GetRequiredService<GraphHolder>(), ct => Task.Delay(TimeSpan.FromSeconds(2), ct)))));
        using var sent = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = """{ curriculum(topic: "financial intelligence", audience: "bank staff") { markdown } }""" });
        var response = JsonNode.Parse(await sent.Content.ReadAsStringAsync())!;

        Assert.Equal("TIMEOUT", Code(response));
    }

    [Fact]
    public async Task AnOrdinaryQueryPassesEveryLimit()
    {
        var response = await QueryAsync("""{ instrument(id: "kw/law/2013/106") { id html(lang: AR) } }""");

        Assert.Null(response["errors"]);
        Assert.Equal("kw/law/2013/106", response["data"]!["instrument"]!["id"]!.GetValue<string>());
    }
}
