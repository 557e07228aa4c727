using System.Text.Json;
using System.Text.Json.Nodes;
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

    private static bool IsPong(QueryResult answer) =>
        answer.Records is [var record] && record.TryGetValue("ok", out var value) && value is JsonValue v && v.TryGetValue<long>(out var one) && one == 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PingTimeout);
        try
        {
            var answer = await client.RunAsync(new Statement(ReadStatements.Ping), readOnly: true, timeout.Token);
            // A proxy, or a server that is not Neo4j's Query API, may answer 200 with something else entirely.
            return IsPong(answer)
                ? HealthCheckResult.Healthy($"Neo4j at {client.Address} answers")
                : HealthCheckResult.Unhealthy($"Neo4j at {client.Address} answers, but not in the shape of the Query API (RETURN 1 gave no 1)");
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or NullReferenceException or FormatException or JsonException)
        {
            return HealthCheckResult.Unhealthy($"Neo4j at {client.Address} answers in a shape Legal does not read: {e.Message}");
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
