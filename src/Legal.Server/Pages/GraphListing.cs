using Legal.Engine;
using Legal.Model;

namespace Legal.Server.Pages;

internal static class GraphListing
{
    /// <summary>Every node of the given kinds, walking the listing's pages.</summary>
    public static async Task<IReadOnlyList<Node>> AllAsync(this ILegalGraph graph, IReadOnlySet<NodeKind>? kinds, CancellationToken ct)
    {
        var nodes = new List<Node>();
        string? after = null;
        do
        {
            var page = await graph.ListAsync(new NodeQuery(kinds, First: Paging.MaxPageSize, After: after), ct);
            nodes.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        } while (after is not null);
        return nodes;
    }
}
