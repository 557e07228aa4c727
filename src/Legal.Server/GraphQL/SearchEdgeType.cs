using GraphQL.Types;
using Legal.Engine;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

/// <summary>A search hit as a Relay edge: the node, its cursor, and what the hit adds (score and passage).</summary>
public sealed class SearchEdgeType : ObjectGraphType<PageEdge<SearchHit>>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "A matching node with its cursor, score and passage.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this hit.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The matching node.").Resolve(c => c.Source.Item.Node);
        Field<NonNullGraphType<SearchHitType>>("hit").Description("The hit itself: score, snippet and passage.").Resolve(c => c.Source.Item);
    }
}
