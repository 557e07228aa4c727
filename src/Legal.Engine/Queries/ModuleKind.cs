namespace Legal.Engine.Queries;

/// <summary>The steps of a learning path, in teaching order: each is worded by the rendering layer.</summary>
public enum ModuleKind { Law, Sources, Bodies, Duties, Cooperation }
