using GraphQL;
using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ActionItemType : ObjectGraphType<ActionItem>
{
    public ActionItemType()
    {
        Name = "ActionItem";
        Description = "One item of an action plan, in our own words, with the sectors, bodies and instruments it concerns.";
        Field<StringGraphType>("text").Description("What is to be done.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Text.Prefer(c.GetArgument<Lang>("lang")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("concerns").Description("The sectors, bodies and instruments it concerns.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Concerns));
        Field<StringGraphType>("note").Description("An editor's note, such as where sources word the item differently.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<SourcingEnum>>("sourcing").Description("How well the item is supported.").Resolve(c => NodeFields.Sourcing(c, c.Source.Sources));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Who reports the item.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Sources));
    }
}
