using GraphQL;
using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

public sealed class TraceType : ObjectGraphType<Trace>
{
    public TraceType()
    {
        Name = "Trace";
        Description = "Chains of typed relations from one node to its legal bases (UP) or to what implements it (DOWN), as in force on one day.";
        Field<NonNullGraphType<NodeInterface>>("origin").Description("The node the trace starts from.").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<TraceDirectionEnum>>("direction").Description("Which way the trace walks.").Resolve(c => c.Source.Query.Direction);
        Field<NonNullGraphType<DateScalar>>("asOf").Description("The day the law was read as in force: provisions and relations not in effect then are left out.")
            .Resolve(c => c.Source.Query.AsOf);
        Field<NonNullGraphType<IntGraphType>>("maxDepth").Description("The most steps a path may take.").Resolve(c => c.Source.Query.MaxDepth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TracePathType>>>>("paths")
            .Description("Each path from the origin; those reaching an international source (UP) or a body or duty (DOWN) come first.")
            .Resolve(c => c.Source.Paths.Select((p, i) => new TracePathView(c.Source, p, i + 1)).ToList());
        Field<NonNullGraphType<StringGraphType>>("markdown").Description("The whole trace as Markdown: each path in plain sentences, a citation link at every step, dated.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => new TraceRenderer(PageLinks.Site).Render(c.Source, c.GetArgument<Lang>("lang")));
    }
}
