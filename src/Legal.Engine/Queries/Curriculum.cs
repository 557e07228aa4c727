using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// An ordered learning path built from the graph. <see cref="Audience"/> is the sector the audience was read as, when one
/// matched; <see cref="Nodes"/> holds every node the modules name, for citing provisions with their instruments.
/// </summary>
public sealed record Curriculum(CurriculumQuery Query, Node? Audience, IReadOnlyList<CurriculumModule> Modules, IReadOnlyDictionary<NodeId, Node> Nodes);
