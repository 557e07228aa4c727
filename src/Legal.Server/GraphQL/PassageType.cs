using GraphQL.Types;
using Legal.Engine.Search;

namespace Legal.Server.GraphQL;

public sealed class PassageType : ObjectGraphType<Snippet>
{
    public PassageType()
    {
        Name = "Passage";
        Description = "A plain-text passage from a search hit, with the matched words as spans.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The passage, cut from a longer text where `cutBefore` or `cutAfter` says so.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<LangEnum>>("lang").Description("The passage's language.").Resolve(c => c.Source.Lang);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextSpanType>>>>("highlights").Description("The matched words, in order.")
            .Resolve(c => c.Source.Highlights);
        Field<NonNullGraphType<BooleanGraphType>>("cutBefore").Description("Whether the text went on before the passage.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<BooleanGraphType>>("cutAfter").Description("Whether the text went on after the passage.").Resolve(c => c.Source.After);
    }
}
