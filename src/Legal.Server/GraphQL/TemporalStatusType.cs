using GraphQL;
using GraphQL.Types;
using Legal.Model;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

public sealed class TemporalStatusType : ObjectGraphType<TemporalStatusView>
{
    public TemporalStatusType()
    {
        Name = "TemporalStatus";
        Description = "Where an instrument or provision stood on a day, whether that is certain, and why.";
        Field<NonNullGraphType<InForceStatusEnum>>("status").Description("NOT_YET_IN_FORCE, IN_FORCE, REPEALED or UNKNOWN.").Resolve(c => c.Source.Status.Status);
        Field<NonNullGraphType<BooleanGraphType>>("uncertain")
            .Description("True when the day falls inside the range of a date known only to the month or year, or after one known only not to be earlier (such as a commencement on an unknown publication day): the status counts such a date from its first day.")
            .Resolve(c => c.Source.Status.Uncertain);
        Field<NonNullGraphType<DateScalar>>("asOf").Description("The day asked about.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("boundary")
            .Description("The date that decides the status: the start for NOT_YET_IN_FORCE and IN_FORCE, the end for REPEALED. YYYY, YYYY-MM or YYYY-MM-DD, or such a date followed by '..' when only a day it cannot be before is known; null when none is.")
            .Resolve(c => c.Source.Status.Boundary?.ToString());
        Field<NodeInterface>("decidedBy").Description("Whose dates decide it: the node itself, or, for a provision, its instrument when the instrument was not in force.")
            .Resolve(c => c.Source.Status.DecidedBy is { } id ? c.Source.Known.GetValueOrDefault(id) : null);
        Field<StringGraphType>("reason").Description("Why, in plain words; null for a plain, certain IN_FORCE.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => StatusWording.Why(c.Source.Status, c.Source.Subject, c.GetArgument<Lang>("lang"), c.Source.Known.GetValueOrDefault));
    }
}
