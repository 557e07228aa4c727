using Legal.Engine;

namespace Legal.Server.GraphQL;

/// <summary>Where a page sits, for any connection: Relay's four fields.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo Of<T>(Page<T> page) => new(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor);
}
