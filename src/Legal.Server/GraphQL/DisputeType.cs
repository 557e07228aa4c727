using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class DisputeType : ObjectGraphType<Dispute>
{
    public DisputeType()
    {
        Name = "Dispute";
        Description = "A field of a node on which sources disagree, with every competing claim; the corpus does not pick one.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node whose field is disputed.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Node]).Then(n => n.Single()));
        Field<NonNullGraphType<StringGraphType>>("field").Description("The disputed field.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").Description("The competing claims.").Resolve(c => c.Source.Claims);
    }
}
