using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class DeonticEnum : EnumerationGraphType<Deontic>
{
    public DeonticEnum()
    {
        Name = "Deontic";
        Description = "LegalRuleML's deontic types: what a provision requires, forbids or allows.";
    }
}
