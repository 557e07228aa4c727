using GraphQL.Types;
using Legal.Engine.References;

namespace Legal.Server.GraphQL;

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A citation recognised in a text, whether or not the graph holds what it cites: its span, the words matched, what it names, and the node when one resolves.";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the match starts: a UTF-16 index into the text (JavaScript's string index).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Where the match ends, exclusive: text.slice(start, end) is `text`.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words matched, as written in the text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<CitationKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("jurisdiction").Description("ISO country code (KW, OM …), UN or FATF; null when the text marks it as another country's without saying which.").Resolve(c => c.Source.Jurisdiction);
        Field<NonNullGraphType<BooleanGraphType>>("foreign").Description("Whether the text marks it as another country's; a foreign citation never resolves to a Kuwaiti node.").Resolve(c => c.Source.Foreign);
        Field<StringGraphType>("number").Description("The instrument's number as cited (106, 2/RB/45/2019, 60/288).").Resolve(c => c.Source.Number);
        Field<IntGraphType>("year").Resolve(c => c.Source.Year);
        Field<StringGraphType>("provision").Description("The eId of the article cited (art_3), if any.").Resolve(c => c.Source.Provision);
        Field<StringGraphType>("uri").Description("An Akoma Ntoso FRBR work URI built from what the citation gives (/akn/kw/act/2013/106, with /~art_3 for an article).").Resolve(c => c.Source.Uri);
        Field<NodeInterface>("node").Description("The node cited, when the graph holds it; null otherwise.")
            .Resolve(c => c.Source.Target is { } id ? NodeFields.Nodes(c, [id]).Then(n => n.SingleOrDefault()) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationWarningType>>>>("warnings").Description("What the citation checker found wrong, each with a suggested node.").Resolve(c => c.Source.Warnings);
    }
}
