using GraphQL;
using GraphQL.Execution;
using Legal.Engine;

namespace Legal.Server.GraphQL;

/// <summary>
/// A store that cannot answer is the server's state, not a fault in the query: say so with its own code.
/// The details (the store's address, the network error) are for operators, on /readyz, not for API clients.
/// </summary>
internal static class StoreErrors
{
    public static void Translate(UnhandledExceptionContext context)
    {
        // No inner exception: graphql-dotnet would list its type names (SOCKET, HTTP_REQUEST …) among the codes.
        if (context.OriginalException is StoreUnavailableException)
        {
            context.Exception = new ExecutionError("the graph store is not available right now; try again shortly") { Code = ErrorCodes.StoreUnavailable };
        }
    }
}
