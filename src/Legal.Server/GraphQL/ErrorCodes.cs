namespace Legal.Server.GraphQL;

/// <summary>The error codes this API adds to GraphQL's own (which cover parsing, validation and limits).</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
