using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ClaimType : ObjectGraphType<Claim>
{
    public ClaimType()
    {
        Name = "Claim";
        Description = "What particular sources say about one field of a node.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field the claim is about, such as date or figures.participants.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value these sources give.").Resolve(c => c.Source.Value);
        Field<StringGraphType>("note").Description("An editor's note on the claim.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("The sources making the claim.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Sources));
    }
}
