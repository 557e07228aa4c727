using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Core.Queries;

/// <summary>A trainer's request: a topic and an audience in plain words, the handout's language, and the day the law is read on.</summary>
public sealed record CurriculumQuery(string Topic, string Audience, Lang Lang, DateOnly AsOf);

/// <summary>A question for review, its answer, and the node that answers it, to cite.</summary>
public sealed record ReviewQuestion(string Question, string Answer, Node Citation);

/// <summary>One step of a learning path: what to be able to do, what to read, and how to check it.</summary>
public sealed record CurriculumModule(string Title, IReadOnlyList<string> Objectives, IReadOnlyList<Node> Readings, IReadOnlyList<ReviewQuestion> Questions);

/// <summary>
/// An ordered learning path built from the graph. <see cref="Audience"/> is the sector the audience was read as, when one
/// matched; <see cref="Nodes"/> holds every node the modules name, for citing provisions with their instruments.
/// </summary>
public sealed record Curriculum(CurriculumQuery Query, Node? Audience, IReadOnlyList<CurriculumModule> Modules, IReadOnlyDictionary<NodeId, Node> Nodes);
