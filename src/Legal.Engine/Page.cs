using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>One page of a listing: <see cref="EndCursor"/> is passed back as <c>after</c> for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor);
