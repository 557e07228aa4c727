using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>Fields shared by institutions and frameworks: founding, membership and leadership.</summary>
internal static class MembershipFields
{
    public static void AddTo(ObjectGraphType<Node> type)
    {
        type.Field<StringGraphType>("founded").Description("When it was founded or launched, as precise as known; null when unknown or disputed (see claims).")
            .Resolve(c => c.Source.Date?.ToString());
        type.Field<StringGraphType>("jurisdiction").Description("Its home: KW, UN, international ….").Resolve(c => c.Source.Jurisdiction);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("members").Description("Its members (states, bodies).")
            .Resolve(c => NodeFields.Related(c, RelationKind.MemberOf, Direction.In));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("memberOf").Description("What it is a member or part of.")
            .Resolve(c => NodeFields.Related(c, RelationKind.MemberOf, Direction.Out));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("leadership")
            .Description("Who chairs or co-chairs it, with periods: see each relation's from/until.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id, Direction.In, new HashSet<RelationKind> { RelationKind.Chairs, RelationKind.CoChairs })
                .Then(relations => relations.Select(e => new RelationView(e, false)).ToList()));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("establishedBy").Description("The instruments or provisions that establish it.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Establishes, Direction.In));
    }
}
