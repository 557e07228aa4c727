using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>A page of nodes of one GraphQL type, in the Relay connection shape (with <c>nodes</c> as a shortcut past the edges).</summary>
public class ConnectionType<TItem> : ObjectGraphType<Page<Node>> where TItem : IGraphType
{
    protected ConnectionType(string itemName)
    {
        Name = $"{itemName}Connection";
        Description = $"A page of {itemName} nodes, with cursors for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match in all, across pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging state.").Resolve(c => PageInfo.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItem>>>>("nodes").Description("The items on this page.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeTypeFor>>>>("edges").Description("The items on this page, each with its cursor.")
            .Resolve(c => PageEdges.Of(c.Source));
    }

    private sealed class EdgeTypeFor : ObjectGraphType<PageEdge<Node>>
    {
        public EdgeTypeFor()
        {
            Name = $"{typeof(TItem).Name.Replace("Type", "").Replace("Interface", "")}Edge";
            Description = "An item with its cursor.";
            Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this item.").Resolve(c => c.Source.Cursor);
            Field<NonNullGraphType<TItem>>("node").Description("The item.").Resolve(c => c.Source.Item);
        }
    }
}
