using Legal.Engine;
using Legal.Neo4j;
using Legal.Neo4j.QueryApi;
using Legal.Tests.Engine;

namespace Legal.Tests.Neo4j;

/// <summary>
/// The contract against a live Neo4j, when <c>NEO4J_URI</c> is set; otherwise every test reports itself skipped.
/// It replaces the database's Legal graph with the contract corpus: point it at a scratch database.
/// </summary>
[RequiresNeo4j]
public sealed class Neo4jGraphContractTests(Neo4jGraphContractTests.LoadedStore store) : LegalGraphContract, IClassFixture<Neo4jGraphContractTests.LoadedStore>
{
    protected override ILegalGraph Graph => store.Graph;

    /// <summary>Loads the contract corpus once for the class.</summary>
    public sealed class LoadedStore : IAsyncLifetime
    {
        private readonly QueryApiClient _client = QueryApiClient.Create(new Neo4jOptions
        {
            Uri = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.Variable),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Token = Environment.GetEnvironmentVariable("NEO4J_TOKEN"),
        });

        public ILegalGraph Graph => new Neo4jGraph(_client, Retries.ForQueries());

        public async Task InitializeAsync()
        {
            if (RequiresNeo4jAttribute.SkipReason is null) await new Neo4jLoader(_client, Retries.ForLoad()).LoadAsync(Corpus);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
