namespace Legal.Server.GraphQL;

/// <summary>The error codes this API adds to GraphQL's own (which cover parsing, validation and limits).</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The store answered, but not in the shape Legal reads: a fault on the server's side, not the query's.</summary>
    public const string StoreFault = "STORE_FAULT";

    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string BodyTooLarge = "BODY_TOO_LARGE";

    /// <summary>graphql-dotnet's own code when <c>Limits:MaxExecutionTime</c> passes.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Too many expensive requests at once: try again after Retry-After seconds (HTTP 429).</summary>
    public const string Busy = "BUSY";

    /// <summary>An unexpected fault in the server; the log has the details.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
