using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>Why a citation looks wrong, in words, and the node it probably means (null when nothing fits).</summary>
public sealed record CitationWarning(CitationProblem Problem, string Message, NodeId? Suggested);
