using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>Which nodes a listing wants, and which page of them.</summary>
public sealed record NodeQuery(IReadOnlySet<NodeKind>? Kinds = null, string? Jurisdiction = null, int First = 20, string? After = null);
