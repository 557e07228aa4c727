using GraphQL;
using GraphQL.Types;
using Legal.Model;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

public sealed class TracePathType : ObjectGraphType<TracePathView>
{
    public TracePathType()
    {
        Name = "TracePath";
        Description = "One chain of relations from the trace's origin.";
        Field<NonNullGraphType<NodeInterface>>("end").Description("Where the path ends.").Resolve(c => c.Source.Trace.Node(c.Source.Path.End));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraceStepType>>>>("steps").Description("Its steps, from the origin onwards.")
            .Resolve(c => c.Source.Path.Steps.Select(s => new TraceStepView(c.Source.Trace, s)).ToList());
        Field<NonNullGraphType<StringGraphType>>("markdown").Description("The path as Markdown: one plain sentence per step, each citing both ends.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => new TraceRenderer(PageLinks.Site).RenderPath(c.Source.Trace, c.Source.Path, c.Source.Number, c.GetArgument<Lang>("lang")));
    }
}
