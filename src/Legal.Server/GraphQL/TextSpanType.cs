using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class TextSpanType : ObjectGraphType<TextSpan>
{
    public TextSpanType()
    {
        Name = "TextSpan";
        Description = "A stretch of a text by UTF-16 offsets: text.slice(start, end).";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the stretch starts (UTF-16 index, JavaScript's string index).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Where the stretch ends, exclusive.").Resolve(c => c.Source.End);
    }
}
