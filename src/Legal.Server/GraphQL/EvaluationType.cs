using GraphQL;
using GraphQL.Types;
using Legal.Engine.Queries;

namespace Legal.Server.GraphQL;

public sealed class EvaluationType : ObjectGraphType<Evaluation>
{
    public EvaluationType()
    {
        Name = "Evaluation";
        Description = "A mutual evaluation of a country, or its listing for increased monitoring, with its totals, ratings and action plan as the sources give them.";
        Field<NonNullGraphType<EventType>>("event").Description("The evaluation or listing itself, with its dates, summary and sources.").Resolve(c => c.Source.Event);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("assessors").Description("The FATF and/or MENAFATF, as organisers.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Assessors));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("technicalCompliance")
            .Description("How many Recommendations were rated compliant, largely_compliant, partially_compliant, non_compliant; empty when not known. Each total's own sources are in the event's claims (figures.tc_…).")
            .Resolve(c => c.Source.TechnicalCompliance.OrderBy(f => f.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("effectiveness").Description("How many immediate outcomes were rated high, substantial …, where known.")
            .Resolve(c => c.Source.Effectiveness.OrderBy(f => f.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RatingType>>>>("ratings")
            .Description("Ratings by Recommendation, only where a source gives them; an unknown rating is absent, never guessed.")
            .Resolve(c => c.Source.Event.Ratings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemType>>>>("actionPlan").Description("The action-plan items set, each with what it concerns and its sources.")
            .Resolve(c => c.Source.Event.ActionPlan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("followsFrom").Description("Earlier evaluations this one follows from, such as the report a listing rests on.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.FollowsFrom));
    }
}
