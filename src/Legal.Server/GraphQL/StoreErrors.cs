using GraphQL;
using GraphQL.Execution;
using Legal.Engine;

namespace Legal.Server.GraphQL;

/// <summary>
/// Exceptions no resolver turned into a coded error. A store that cannot answer is the server's state, not a fault in the
/// query: it gets its own code; so does a full line of expensive requests. Anything else is the server's fault, reported
/// as INTERNAL_ERROR: never with the exception's type as a code (INVALID_OPERATION, KEY_NOT_FOUND …), which tells a
/// client nothing and tells an attacker what broke. The details go to the log, for operators.
/// </summary>
internal static class StoreErrors
{
    public static void Translate(UnhandledExceptionContext context, ILogger logger)
    {
        // No inner exception: graphql-dotnet would list its type names (SOCKET, HTTP_REQUEST …) among the codes.
        context.Exception = context.OriginalException switch
        {
            StoreUnavailableException => new ExecutionError("the graph store is not available right now; try again shortly") { Code = ErrorCodes.StoreUnavailable },
            BusyException => ExpensiveWork.BusyError(),
            _ => Internal(context, logger),
        };
    }

    private static ExecutionError Internal(UnhandledExceptionContext context, ILogger logger)
    {
        logger.LogError(context.OriginalException, "Unhandled fault in {Field}", context.FieldContext?.FieldDefinition.Name ?? "the request");
        return new ExecutionError("the server failed to answer this field; the fault is logged") { Code = ErrorCodes.InternalError };
    }
}
