using Legal.Engine.Queries;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

/// <summary>A review question with the wording of its curriculum.</summary>
public sealed record ReviewQuestionView(CurriculumWording Wording, ReviewQuestion Question);
