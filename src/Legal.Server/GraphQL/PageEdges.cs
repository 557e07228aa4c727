using Legal.Engine;

namespace Legal.Server.GraphQL;

public static class PageEdges
{
    /// <summary>Each item of the page with its cursor, in page order.</summary>
    public static IReadOnlyList<PageEdge<T>> Of<T>(Page<T> page) => page.Items.Select((item, i) => new PageEdge<T>(item, page.Cursors[i])).ToList();
}
