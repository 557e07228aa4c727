using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class StateType : NodeObjectType
{
    public StateType()
        : base("State",
            "A state, identified by its ISO 3166 code (state/kw).",
            k => k == NodeKind.State)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("memberOf").Description("Bodies and frameworks it belongs to.")
            .Resolve(c => NodeFields.Related(c, RelationKind.MemberOf, Direction.Out));
    }
}
