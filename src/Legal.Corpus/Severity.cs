namespace Legal.Corpus;

/// <summary>An error rejects the corpus; a warning says what was skipped and why, and lets it compile.</summary>
public enum Severity
{
    Error,
    Warning,
}
