using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list, as Relay's cursor connections describe it.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items come before this page (it started after a cursor). Paging is forward only: there is no `before`.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item on this page; null when the page is empty.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Pass as `after` to get the next page; null when the page is empty.").Resolve(c => c.Source.EndCursor);
    }
}
