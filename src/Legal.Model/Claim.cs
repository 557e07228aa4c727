using Legal.Model.Ids;

namespace Legal.Model;

/// <summary>
/// What one or more sources say about a field of a node (<c>date</c>, <c>figures.participants</c> …).
/// Claims on the same field with different values make a dispute; the corpus keeps them all rather than choosing.
/// </summary>
public sealed record Claim(string Field, string Value, IReadOnlyList<NodeId> Sources, string? Note);
