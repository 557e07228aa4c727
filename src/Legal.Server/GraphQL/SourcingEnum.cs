using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class SourcingEnum : EnumerationGraphType<Sourcing>
{
    public SourcingEnum()
    {
        Name = "Sourcing";
        Description = "How well a fact is supported: by a source above the lowest grade, only by low-grade sources, or by none.";
    }
}
