using Legal.Model;

namespace Legal.Engine.Queries;

/// <summary>One step of a learning path: what it teaches, what to read, and how to check it.</summary>
public sealed record CurriculumModule(ModuleKind Kind, IReadOnlyList<Node> Readings, IReadOnlyList<ReviewQuestion> Questions);
