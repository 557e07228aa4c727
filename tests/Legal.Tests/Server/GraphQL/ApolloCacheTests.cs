using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Legal.Tests.Server.GraphQL;

/// <summary>
/// The cache invariant: any two responses holding the same object (same __typename and id) give the same value for the
/// same field with the same arguments. Real responses on two days go through Apollo Client's normalised InMemoryCache
/// (default settings, in Node); each must read back unchanged after all are written.
/// </summary>
public sealed class ApolloCacheTests : IDisposable
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot(), "tests", "apollo-cache");

    public static bool IsInstalled => Directory.Exists(Path.Combine(Folder, "node_modules", "@apollo", "client"));

    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    private const string Query = """
        query Law($day: Date) {
          law: instrument(id: "kw/law/2013/106") {
            __typename id knownUpTo
            status(asOf: $day) { status uncertain }
            markdown(asOf: $day)
            provisions(asOf: $day) { __typename id summary(asOf: $day) }
          }
          article: provision(id: "kw/law/2013/106#art_25") {
            __typename id summary(asOf: $day) status(asOf: $day) { status uncertain }
            version(asOf: $day) { from amendedBy { __typename id } }
            instrument { __typename id markdown(asOf: $day) }
          }
          regulations: instrument(id: "kw/mr/2013/37") {
            __typename id status(asOf: $day) { status } markdown(asOf: $day)
            provisions(asOf: $day) { __typename id summary(asOf: $day) }
          }
        }
        """;

    [ApolloCacheFact]
    public async Task ResponsesOnTwoDaysReadBackUnchangedFromOneNormalisedCache()
    {
        var responses = new JsonArray();
        foreach (var day in new[] { "2020-01-01", "2026-06-01" })
        {
            var response = await _api.QueryAsync(Query, new { day });
            Assert.Null(response["errors"]);
            responses.Add(new JsonObject { ["query"] = Query, ["variables"] = new JsonObject { ["day"] = day }, ["data"] = response["data"]!.DeepClone() });
        }
        // The two days must differ, or the test could not fail: Article 25 was replaced in 2025.
        Assert.NotEqual(responses[0]!["data"]!["article"]!["summary"]!.ToJsonString(), responses[1]!["data"]!["article"]!["summary"]!.ToJsonString());

        var (exitCode, output) = RunNode(responses);

        Assert.True(exitCode == 0, output);
    }

    private static (int ExitCode, string Output) RunNode(JsonArray input)
    {
        var (exit, stdout, stderr) = NodeScript.Run(Folder, "check.mjs", input);
        return (exit, stdout + stderr);
    }
}
