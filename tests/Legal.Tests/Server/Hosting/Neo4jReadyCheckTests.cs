using System.Net;
using Legal.Server.Hosting;
using Legal.Tests.Neo4j.QueryApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Legal.Tests.Server.Hosting;

public sealed class Neo4jReadyCheckTests
{
    private readonly FakeQueryApi _neo4j = new();

    private Task<HealthCheckResult> CheckAsync() => new Neo4jReadyCheck(_neo4j.Client()).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task ReadyWhenNeo4jAnswersTheCheapPing()
    {
        _neo4j.Answer = _ => FakeQueryApi.Pong();
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("RETURN 1 AS ok", _neo4j.Requests.Single().Statement);
    }

    [Fact]
    public async Task NotReadyWithTheReasonWhenNeo4jRefusesTheCredentials()
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized");

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("refuses the credentials (Neo.ClientError.Security.Unauthorized)", result.Description);
    }

    [Fact]
    public async Task ReadyAgainByItselfOnceNeo4jAnswersAgain()
    {
        _neo4j.Answer = _ => FakeQueryApi.Error(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable");
        var down = await CheckAsync();
        _neo4j.Answer = _ => FakeQueryApi.Pong();

        var up = await CheckAsync();

        Assert.Equal((HealthStatus.Unhealthy, HealthStatus.Healthy), (down.Status, up.Status));
    }

    [Theory]
    [InlineData("""{"data":{"fields":[],"values":[]},"bookmarks":[]}""")]
    [InlineData("""{"data":{"fields":["ok"],"values":[["one"]]}}""")]
    [InlineData("""{"data":{"fields":["ok"],"values":{"not":"a list"}}}""")]
    [InlineData("""<html>a proxy's page</html>""")]
    public async Task NotReadyWhenTheStoreAnswersInAnotherShape(string body)
    {
        _neo4j.Answer = _ => FakeQueryApi.Json(body, HttpStatusCode.OK);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Neo4j at", result.Description);
    }
}
