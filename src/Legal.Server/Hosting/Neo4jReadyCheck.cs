using Legal.Engine;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Legal.Server.Hosting;

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
