using GraphQL.Types;

namespace Legal.Server.GraphQL;

/// <summary>A calendar day, YYYY-MM-DD, named Date as GraphQL APIs conventionally do.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601 form, YYYY-MM-DD.";
    }
}
