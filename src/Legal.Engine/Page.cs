using Legal.Corpus;
using Legal.Model.Ids;
using Legal.Model;
using Legal.Engine.References;
using Legal.Engine.Search;

namespace Legal.Engine;

/// <summary>One page of a listing: <see cref="EndCursor"/> is passed back as <c>after</c> for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor);
