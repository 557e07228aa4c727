using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ObligationType : NodeObjectType
{
    public ObligationType()
        : base("Obligation",
            "An obligation, prohibition or permission a provision lays on those it binds.",
            k => k == NodeKind.Obligation)
    {
        Field<NonNullGraphType<DeonticEnum>>("deontic").Description("Whether the action is required, forbidden or allowed.")
            .Resolve(c => c.Source.Deontic ?? Deontic.Obligation);
        Field<StringGraphType>("action").Description("What must, must not or may be done.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Title.Prefer(c.GetArgument<Lang>("lang")));
        Field<StringGraphType>("conditions").Description("When it applies, as the text states it.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Conditions.Prefer(c.GetArgument<Lang>("lang")));
        Field<StringGraphType>("deadline").Description("Any time limit the text sets.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Deadline.Prefer(c.GetArgument<Lang>("lang")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("legalBasis").Description("The provisions that impose it.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Imposes, Direction.In));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("binds").Description("Who is bound: sectors or bodies.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Binds, Direction.Out));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("supervisors").Description("Who supervises compliance.")
            .Resolve(c => NodeFields.Related(c, RelationKind.SupervisedBy, Direction.Out));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("penalties").Description("The provisions that penalise a breach.")
            .Resolve(c => NodeFields.Related(c, RelationKind.PenalisedBy, Direction.Out));
    }
}
