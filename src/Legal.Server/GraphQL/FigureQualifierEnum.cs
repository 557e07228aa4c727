using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class FigureQualifierEnum : EnumerationGraphType<FigureQualifier>
{
    public FigureQualifierEnum()
    {
        Name = "FigureQualifier";
        Description = "How the source states a count: exactly, at least, more than, or about.";
    }
}
