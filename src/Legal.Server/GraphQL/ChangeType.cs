using GraphQL;
using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "A change in the law on a date: a provision's new wording, or an instrument entering or leaving force.";
        Field<NonNullGraphType<StringGraphType>>("date").Description("When it took effect, as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD).")
            .Resolve(c => c.Source.Date.ToString());
        Field<NonNullGraphType<ChangeKindEnum>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<NodeInterface>>("target").Description("The provision or instrument that changed.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Target]).Then(n => n.Single()));
        Field<NodeInterface>("by").Description("The instrument or provision that made the change, when known.")
            .Resolve(c => c.Source.By is { } by ? NodeFields.Nodes(c, [by]).Then(n => n.SingleOrDefault()) : null);
        Field<StringGraphType>("summary").Description("Our summary of the new wording (for amendments and insertions), links as absolute page addresses.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => SummaryField.Resolve(c, c.Source.Summary.Prefer(c.GetArgument<Lang>("lang")), c.Source.Target));
    }
}
