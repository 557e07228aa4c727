using Legal.Embedded;
using Legal.Engine;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Legal.Server.Hosting;

/// <summary>Ready once the embedded graph is loaded.</summary>
public sealed class EmbeddedGraphReadyCheck(GraphHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(holder.IsLoaded
            ? HealthCheckResult.Healthy($"serving {holder.Current.Corpus.Nodes.Count} nodes from {holder.CorpusRoot}")
            : HealthCheckResult.Unhealthy("the corpus has not been loaded"));
}
