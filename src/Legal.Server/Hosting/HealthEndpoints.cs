using System.Text.Json;
using Legal.Engine;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Legal.Embedded;

namespace Legal.Server.Hosting;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it has a graph to serve, with the reason when not.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void MapLegalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson });
    }

    private static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), reason = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>Ready once the embedded graph is loaded.</summary>
public sealed class EmbeddedGraphReadyCheck(GraphHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(holder.IsLoaded
            ? HealthCheckResult.Healthy($"serving {holder.Current.Corpus.Nodes.Count} nodes from {holder.CorpusRoot}")
            : HealthCheckResult.Unhealthy("the corpus has not been loaded"));
}

/// <summary>
/// Ready while Neo4j answers a cheap <c>RETURN 1</c> within a short time; the reason says why not (unreachable,
/// refusing the credentials, too slow). Each probe asks again, so readiness comes back by itself with the store.
/// </summary>
public sealed class Neo4jReadyCheck(QueryApiClient client) : IHealthCheck
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PingTimeout);
        try
        {
            await client.RunAsync(new Statement(ReadStatements.Ping), readOnly: true, timeout.Token);
            return HealthCheckResult.Healthy($"Neo4j at {client.Address} answers");
        }
        catch (Neo4jException e) when (e.Failure == Neo4jFailure.Unauthorized)
        {
            return HealthCheckResult.Unhealthy($"Neo4j at {client.Address} refuses the credentials ({e.Code})");
        }
        catch (Neo4jException e)
        {
            return HealthCheckResult.Unhealthy($"Neo4j at {client.Address} cannot answer: {e.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Neo4j at {client.Address} did not answer within {PingTimeout.TotalSeconds:0} s");
        }
    }
}
