using Legal.Engine.Queries;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

/// <summary>A module with the wording of its curriculum, which names it and its questions in the curriculum's language.</summary>
public sealed record CurriculumModuleView(CurriculumWording Wording, CurriculumModule Module);
