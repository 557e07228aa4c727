using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>Where a page sits, for any connection.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);
