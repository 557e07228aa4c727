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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("supervisors")
            .Description("Who supervises compliance, derived from the designation of each sector's supervisors: within `obligations(subject:)`, the subject's supervisors; elsewhere, those of every sector it binds.")
            .ResolveAsync(async c => await NodeFields.Nodes(c, (await ObligationMatches.SupervisionAsync(c)).Select(e => e.From).Distinct().ToList()).GetResultAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("supervision")
            .Description("The designations behind `supervisors`: SUPERVISES relations from a body to a sector, each with its legal basis and sources.")
            .ResolveAsync(async c => (await ObligationMatches.SupervisionAsync(c)).Select(e => new RelationView(e, false)).ToList());
        Field<NodeInterface>("boundAs")
            .Description("Within `obligations(subject:)`: the group through which the duty binds the subject (banks are bound as financial institutions, or as all persons). Null elsewhere.")
            .Resolve(c => ObligationMatches.Of(c.Source)?.BoundAs is { } group ? NodeFields.Nodes(c, [group]).Then(n => n.Single()) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("penalties").Description("The provisions that penalise a breach.")
            .Resolve(c => NodeFields.Related(c, RelationKind.PenalisedBy, Direction.Out));
    }
}
