using Legal.Model;

namespace Legal.Engine.Queries;

/// <summary>A trainer's request: a topic and an audience in plain words, the handout's language, and the day the law is read on.</summary>
public sealed record CurriculumQuery(string Topic, string Audience, Lang Lang, DateOnly AsOf);
