namespace Legal.Tests.Server.Hosting;

/// <summary>A test that needs the npm tools in tests/graphql-clients; it is skipped, saying why, where they are not installed.</summary>
public sealed class GraphQLClientsFactAttribute : FactAttribute
{
    public GraphQLClientsFactAttribute()
    {
        if (!GraphQLClients.IsInstalled) Skip = SkipReason;
    }

    public static string SkipReason => "graphql-http, relay-compiler and Apollo Client are not installed in tests/graphql-clients: run .ci/setup.d/graphql-clients.sh (needs Node and npm)";
}
