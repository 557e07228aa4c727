using GraphQL.Types;
using Legal.Engine;

namespace Legal.Server.GraphQL;

public sealed class SearchConnectionType : ObjectGraphType<Page<SearchHit>>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first, with a cursor for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match in all, across pages (counted up to the first 1000).").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging state.").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.EndCursor));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Description("The hits on this page, best first.").Resolve(c => c.Source.Items);
    }
}
