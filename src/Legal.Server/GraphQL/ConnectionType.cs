using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>A page of nodes of one GraphQL type, in the Relay connection shape.</summary>
public class ConnectionType<TItem>(string itemName) : ConnectionType<TItem, Node>(itemName, n => n) where TItem : IGraphType;

/// <summary>A page of results of one GraphQL type, each shown as the node it is about, in the Relay connection shape.</summary>
public class ConnectionType<TItem, T> : ObjectGraphType<Page<T>> where TItem : IGraphType
{
    protected ConnectionType(string itemName, Func<T, Node> node)
    {
        Name = $"{itemName}Connection";
        Description = $"A page of {itemName} nodes, with cursors for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match in all, across pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging state.").Resolve(c => PageInfo.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItem>>>>("nodes").Description("The items on this page.").Resolve(c => c.Source.Items.Select(node).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeTypeFor>>>>("edges").Description("The items on this page, each with its cursor.")
            .Resolve(c => PageEdges.Of(c.Source).Select(e => new PageEdge<Node>(node(e.Item), e.Cursor)).ToList());
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
