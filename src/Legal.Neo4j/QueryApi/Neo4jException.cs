namespace Legal.Neo4j.QueryApi;

/// <summary>A failed call to the Query API, with Neo4j's own code (or the HTTP status when there was no body).</summary>
public sealed class Neo4jException(Neo4jFailure failure, string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    public Neo4jFailure Failure => failure;

    public string Code => code;

    /// <summary>
    /// What happened, for a person: the message, with Neo4j's own code (which its documentation explains) but without the
    /// codes this client makes up for failures that have none (Legal.Unreachable, HTTP 503).
    /// </summary>
    public string Reason => code.StartsWith("Neo.", StringComparison.Ordinal) ? $"{message} ({code})" : message;

    public bool IsRetryable => failure is Neo4jFailure.Transient or Neo4jFailure.Unavailable;

    /// <summary>Neo4j's codes are Neo.{Classification}.{Category}.{Title}; the classification and a few titles decide.</summary>
    public static Neo4jFailure Classify(string code) => code switch
    {
        "Neo.ClientError.Statement.SyntaxError" => Neo4jFailure.Syntax,
        "Neo.ClientError.Schema.ConstraintValidationFailed" => Neo4jFailure.ConstraintViolation,
        "Neo.TransientError.General.DatabaseUnavailable" => Neo4jFailure.Unavailable,
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jFailure.Unauthorized,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jFailure.Transient,
        _ => Neo4jFailure.Rejected,
    };
}
