using Legal.Neo4j.QueryApi;

namespace Legal.Tests.Neo4j.QueryApi;

/// <summary>What a person reads of a failure keeps Neo4j's documented codes and drops the ones this client makes up.</summary>
public class Neo4jExceptionTests
{
    [Fact]
    public void AnUnreachableStoreIsExplainedWithoutTheClientsOwnCode()
    {
        var e = new Neo4jException(Neo4jFailure.Unavailable, "Legal.Unreachable", "cannot reach Neo4j at http://127.0.0.1:1: Connection refused");

        Assert.Equal("cannot reach Neo4j at http://127.0.0.1:1: Connection refused", e.Reason);
    }

    [Fact]
    public void NeoFourJsOwnCodeIsKeptAfterTheMessage() =>
        Assert.Equal("bad password (Neo.ClientError.Security.Unauthorized)",
            new Neo4jException(Neo4jFailure.Unauthorized, "Neo.ClientError.Security.Unauthorized", "bad password").Reason);
}
