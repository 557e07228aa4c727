using GraphQL.Types;
using Legal.Model.Time;

namespace Legal.Server.GraphQL;

public sealed class InForceStatusEnum : EnumerationGraphType<InForceStatus>
{
    public InForceStatusEnum()
    {
        Name = "InForceStatus";
        Description = "Where an instrument or provision stands on a day: NOT_YET_IN_FORCE, IN_FORCE, REPEALED (or, for a provision, its last wording ended), or UNKNOWN when no source gives a date to tell by.";
    }
}
