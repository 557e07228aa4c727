using GraphQL.Types;
using Legal.Engine.References;

namespace Legal.Server.GraphQL;

public sealed class ReferenceType : ObjectGraphType<Reference>
{
    public ReferenceType()
    {
        Name = "Reference";
        Description = "A reference found in a text: its span, the words matched, and the node it names.";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the match starts: a UTF-16 index into the text (JavaScript's string index).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Where the match ends, exclusive: text.slice(start, end) is `text`.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words matched, as written in the text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The instrument, resolution, institution or framework referred to.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Target]).Then(n => n.Single()));
    }
}
