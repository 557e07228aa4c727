using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as `after` to get the next page.").Resolve(c => c.Source.EndCursor);
    }
}
