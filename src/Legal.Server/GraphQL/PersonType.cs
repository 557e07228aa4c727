using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class PersonType : NodeObjectType
{
    public PersonType()
        : base("Person",
            "An office-holder named by the sources.",
            k => k == NodeKind.Person)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("roles")
            .Description("Roles held, each with the body, the role, and its period or the day a source attests it.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id, Direction.Out,
                    new HashSet<RelationKind> { RelationKind.HeldRole, RelationKind.Chairs, RelationKind.CoChairs, RelationKind.Represents })
                .Then(relations => relations.Select(e => new RelationView(e, true)).ToList()));
    }
}
