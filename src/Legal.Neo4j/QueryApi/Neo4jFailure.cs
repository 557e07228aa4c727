namespace Legal.Neo4j.QueryApi;

/// <summary>What went wrong, decided from Neo4j's error code (never its message, which changes between versions).</summary>
public enum Neo4jFailure
{
    /// <summary>The server could not be reached, timed out, or says the database is not available.</summary>
    Unavailable,
    /// <summary>A passing condition (deadlock, leader switch, memory pressure): trying again may succeed.</summary>
    Transient,
    /// <summary>Wrong credentials, or a user without the rights needed.</summary>
    Unauthorized,
    /// <summary>The statement is not valid Cypher: a bug here, never worth retrying.</summary>
    Syntax,
    ConstraintViolation,
    /// <summary>Any other refusal (a missing parameter, a type error, an expired transaction, an unknown database, a server fault).</summary>
    Rejected,
}
