using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

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
