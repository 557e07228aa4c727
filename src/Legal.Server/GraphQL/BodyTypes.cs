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

public sealed class InstitutionType : NodeObjectType
{
    public InstitutionType()
        : base("Institution",
            "A body: a ministry, a financial intelligence unit, a committee, a UN office, a centre ….",
            k => k == NodeKind.Institution)
    {
        MembershipFields.AddTo(this);
    }
}

public sealed class FrameworkType : NodeObjectType
{
    public FrameworkType()
        : base("Framework",
            "A cooperation framework: a forum, a process, a coalition or a working group.",
            k => k == NodeKind.Framework)
    {
        MembershipFields.AddTo(this);
    }
}

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

public sealed class SectorType : NodeObjectType
{
    public SectorType()
        : base("Sector",
            "A group that obligations bind: banks, exchange companies, lawyers, designated non-financial businesses ….",
            k => k == NodeKind.Sector)
    {
    }
}

public sealed class TopicType : NodeObjectType
{
    public TopicType()
        : base("Topic",
            "A subject that nodes are about, such as terrorist financing or targeted financial sanctions.",
            k => k == NodeKind.Topic)
    {
    }
}
