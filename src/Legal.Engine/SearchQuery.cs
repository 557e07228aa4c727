using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>A full-text search: words in either language, optionally limited to one language's text and to some kinds.</summary>
public sealed record SearchQuery(string Text, Lang? Lang = null, IReadOnlySet<NodeKind>? Kinds = null, int First = 20, string? After = null);
