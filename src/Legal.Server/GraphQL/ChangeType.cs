using GraphQL;
using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "An event in the law: an instrument made, entering or leaving force, or a provision inserted, amended or ended.";
        Field<NonNullGraphType<StringGraphType>>("date")
            .Description("When it happened or took effect, as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD), or such a date followed by '..' when the day is unknown and only known not to be earlier.")
            .Resolve(c => c.Source.Date.ToString());
        Field<NonNullGraphType<BooleanGraphType>>("uncertain").Description("True unless the day is known exactly.").Resolve(c => c.Source.Date.IsUncertain);
        Field<NonNullGraphType<ChangeKindEnum>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<NodeInterface>>("target").Description("The provision or instrument that changed.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Target]).Then(n => n.Single()));
        Field<NodeInterface>("by").Description("The instrument or provision that brought it about (the amending or repealing instrument), when known; null for an instrument made or commencing by itself.")
            .Resolve(c => c.Source.By is { } by ? NodeFields.Nodes(c, [by]).Then(n => n.SingleOrDefault()) : null);
        Field<StringGraphType>("summary").Description("Our summary of the new wording (for amendments and insertions), links as absolute page addresses.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => SummaryField.Resolve(c, c.Source.Summary.Prefer(c.GetArgument<Lang>("lang")), c.Source.Target));
    }
}
