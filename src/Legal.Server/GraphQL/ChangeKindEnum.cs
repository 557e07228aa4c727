using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ChangeKindEnum : EnumerationGraphType<ChangeKind>
{
    public ChangeKindEnum()
    {
        Name = "ChangeKind";
        Description = "MADE, COMMENCED or REPEALED for an instrument; INSERTED, AMENDED or ENDED for a provision's wording.";
    }
}
