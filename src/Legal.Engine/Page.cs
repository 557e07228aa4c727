using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>
/// One page of a listing, with a cursor per item (<see cref="Cursors"/>, parallel to <see cref="Items"/>):
/// <see cref="EndCursor"/> is passed back as <c>after</c> for the next page.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor, bool HasPreviousPage, IReadOnlyList<string> Cursors)
{
    public string? StartCursor => Cursors.Count == 0 ? null : Cursors[0];

    /// <summary>The same page with each item turned into another, keeping the cursors.</summary>
    public Page<TOther> Select<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), TotalCount, HasNextPage, EndCursor, HasPreviousPage, Cursors);
}
