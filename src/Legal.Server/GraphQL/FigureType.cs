using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class FigureType : ObjectGraphType<KeyValuePair<string, long>>
{
    public FigureType()
    {
        Name = "Figure";
        Description = "A count given by the sources, such as participants: 450.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is counted.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("value").Description("The count.").Resolve(c => c.Source.Value);
    }
}
