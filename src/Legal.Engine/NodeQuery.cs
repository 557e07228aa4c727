using Legal.Corpus;
using Legal.Model.Ids;
using Legal.Model;
using Legal.Engine.References;
using Legal.Engine.Search;

namespace Legal.Engine;

/// <summary>Which nodes a listing wants, and which page of them.</summary>
public sealed record NodeQuery(IReadOnlySet<NodeKind>? Kinds = null, string? Jurisdiction = null, int First = 20, string? After = null);
