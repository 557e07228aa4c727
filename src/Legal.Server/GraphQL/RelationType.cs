using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class RelationType : ObjectGraphType<RelationView>
{
    public RelationType()
    {
        Name = "Relation";
        Description = "A typed relation seen from the node it was asked on: `node` is the other end.";
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The relation, read from its source to its target.").Resolve(c => c.Source.Relation.Type);
        Field<NonNullGraphType<DirectionEnum>>("direction").Description("OUT when the asking node is the relation's source, IN when it is the target.")
            .Resolve(c => c.Source.Outgoing ? Direction.Out : Direction.In);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Outgoing ? c.Source.Relation.To : c.Source.Relation.From]).Then(n => n.Single()));
        Field<StringGraphType>("from").Description("Start of the period the relation held (YYYY, YYYY-MM or YYYY-MM-DD), when known.")
            .Resolve(c => c.Source.Relation.Since?.ToString());
        Field<StringGraphType>("until").Description("End of the period the relation held, when known.").Resolve(c => c.Source.Relation.Until?.ToString());
        Field<StringGraphType>("asOf").Description("A day a source shows the relation held, when no period is known.").Resolve(c => c.Source.Relation.AsOf?.ToString());
        Field<StringGraphType>("role").Description("The role, for office-holders and members.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Relation.Role.Prefer(c.GetArgument<Lang>("lang")));
        Field<StringGraphType>("note").Description("An editor's note on the relation.").Resolve(c => c.Source.Relation.Note);
        Field<StringGraphType>("extent").Description("For MAPS_TO: implements or partly_implements.").Resolve(c => c.Source.Relation.Extent);
        Field<StringGraphType>("teamAssessment")
            .Description("Set when the relation is the Legal team's own assessment, not a source's statement: its review status (draft or reviewed).")
            .Resolve(c => c.Source.Relation.TeamAssessment);
        Field<ProvisionType>("basis").Description("The provision that makes the relation hold, such as the article designating a sector's supervisor; null when none is recorded.")
            .Resolve(c => c.Source.Relation.Basis is { } basis ? NodeFields.Nodes(c, [basis]).Then(n => n.SingleOrDefault()) : null);
        Field<NonNullGraphType<SourcingEnum>>("sourcing").Description("How well the relation is supported: SOURCED, LOW_GRADE_ONLY (only low-grade sources) or UNSOURCED.")
            .Resolve(c => NodeFields.Sourcing(c, c.Source.Relation.Sources));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("The sources for this relation.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Relation.Sources));
    }
}
