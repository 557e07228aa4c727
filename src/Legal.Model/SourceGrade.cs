namespace Legal.Model;

/// <summary>
/// How far a source can be relied on, by who made it: the issuing body itself, a professional firm's account, the
/// press, or a source of unknown or poor reliability (aggregator rewrites, unvetted transcriptions and mirrors).
/// The corpus spells these in snake_case (<c>grade: official</c>).
/// </summary>
public enum SourceGrade { Official, Professional, Press, Low }
