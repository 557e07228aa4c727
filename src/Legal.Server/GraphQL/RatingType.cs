using GraphQL;
using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class RatingType : ObjectGraphType<Rating>
{
    public RatingType()
    {
        Name = "Rating";
        Description = "An evaluation's rating of one Recommendation, as a source gives it.";
        Field<NonNullGraphType<NodeInterface>>("standard").Description("The Recommendation rated.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Standard]).Then(n => n.Single()));
        Field<NonNullGraphType<StringGraphType>>("rating").Description("compliant, largely_compliant, partially_compliant, non_compliant or not_applicable.")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Who gives this rating.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Sources));
    }
}
