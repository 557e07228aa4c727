using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ChangeKindEnum : EnumerationGraphType<ChangeKind>
{
    public ChangeKindEnum()
    {
        Name = "ChangeKind";
        Description = "INSERTED, AMENDED or ENDED for a provision's wording; COMMENCED or REPEALED for an instrument.";
    }
}
