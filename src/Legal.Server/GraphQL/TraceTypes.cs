using GraphQL;
using GraphQL.Types;
using Legal.Model;
using Legal.Engine.Queries;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

public sealed class TraceDirectionEnum : EnumerationGraphType<TraceDirection>
{
    public TraceDirectionEnum()
    {
        Name = "TraceDirection";
        Description = "UP from a duty or provision to its legal bases and international sources; DOWN from an international source to what carries it out.";
    }
}

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

/// <summary>A path with the trace it belongs to (for naming its nodes) and its number in the trace.</summary>
public sealed record TracePathView(Trace Trace, TracePath Path, int Number);

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

/// <summary>A step with the trace it belongs to, which holds the nodes at both ends.</summary>
public sealed record TraceStepView(Trace Trace, TraceStep Step);

public sealed class TraceStepType : ObjectGraphType<TraceStepView>
{
    public TraceStepType()
    {
        Name = "TraceStep";
        Description = "One step of a path: a relation walked from one node to the next, with or against its direction.";
        Field<NonNullGraphType<NodeInterface>>("from").Description("The node the step leaves.").Resolve(c => c.Source.Trace.Node(c.Source.Step.From));
        Field<NonNullGraphType<NodeInterface>>("to").Description("The node the step reaches.").Resolve(c => c.Source.Trace.Node(c.Source.Step.To));
        Field<NonNullGraphType<RelationType>>("relation").Description("The relation walked, seen from `from`: its type, direction, period and sources.")
            .Resolve(c => new RelationView(c.Source.Step.Relation, c.Source.Step.Forward));
    }
}
