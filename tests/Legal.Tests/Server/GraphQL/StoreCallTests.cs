using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Legal.Embedded;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.GraphQL;

/// <summary>
/// A store behind a network (Neo4j) pays a round trip per call, so a GraphQL request must cost a number of store
/// calls set by the query's shape, never by how many nodes it returns.
/// </summary>
public sealed class StoreCallTests
{
    private const string Query = """
        { instruments(first: 200) { nodes { id sources { id } relations { type node { id } }
            provisions { id instrument { id } parent { id } children { id } sources { id } relations { node { id sources { id } } } } } }
          institution(id: "org/test-fiu") { members { id } establishedBy { id } leadership { node { id } } } }
        """;

    /// <summary>A corpus of <paramref name="laws"/> laws of the same shape: a part, three articles, a paragraph and an obligation each.</summary>
    private static string WriteCorpus(int laws)
    {
        var root = Directory.CreateTempSubdirectory("legal-calls-").FullName;
        void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            File.WriteAllText(Path.Combine(root, path), text);
        }
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/test-fiu.md", Fixtures.Fiu);
        for (var i = 1; i <= laws; i++)
        {
            Write($"kw/law-{i}.md", Fixtures.Law.Replace("kw/law/2013/106", $"kw/law/2013/{i}").Replace("obligation/kw/report", $"obligation/kw/report-{i}"));
        }
        return root;
    }

    private static async Task<(int Calls, JsonNode Response)> RunAsync(int laws)
    {
        var corpus = WriteCorpus(laws);
        try
        {
            var counter = new CallCounter();
            // The query is deliberately wide; the complexity limit is not what this test is about.
            using var server = new LegalApiFactory(corpus, new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "100000000" });
            using var api = server.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
                services.AddSingleton<IGraphProvider>(sp => new InterceptedProvider(sp.GetRequiredService<GraphHolder>(), _ =>
                {
                    counter.Count();
                    return Task.CompletedTask;
                }))));
            // The server starts (and warms up) with the client; only the request's own calls count.
            var client = api.CreateClient();
            var before = counter.Calls;
            using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
            return (counter.Calls - before, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    [Fact]
    public async Task TwentyInstrumentsWithTheirProvisionsAndRelationsCostNoMoreStoreCallsThanTwo()
    {
        var (fewCalls, few) = await RunAsync(laws: 2);
        var (manyCalls, many) = await RunAsync(laws: 20);

        Assert.True(few["errors"] is null, few["errors"]?.ToJsonString());
        Assert.True(many["errors"] is null, many["errors"]?.ToJsonString());
        Assert.Equal(20, many["data"]!["instruments"]!["nodes"]!.AsArray().Count);
        Assert.Equal(5, many["data"]!["instruments"]!["nodes"]![19]!["provisions"]!.AsArray().Count);
        Assert.Equal(fewCalls, manyCalls);
    }

    private sealed class CallCounter
    {
        private int _calls;

        public int Calls => _calls;

        public void Count() => Interlocked.Increment(ref _calls);
    }
}
