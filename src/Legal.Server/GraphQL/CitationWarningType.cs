using GraphQL.Types;
using Legal.Engine.References;

namespace Legal.Server.GraphQL;

public sealed class CitationWarningType : ObjectGraphType<CitationWarning>
{
    public CitationWarningType()
    {
        Name = "CitationWarning";
        Description = "What the citation checker found wrong with a citation, and the node it probably means.";
        Field<NonNullGraphType<CitationProblemEnum>>("problem").Resolve(c => c.Source.Problem);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The problem in words (English).").Resolve(c => c.Source.Message);
        Field<NodeInterface>("suggested").Description("The node the citation probably means; null when nothing fits.")
            .Resolve(c => c.Source.Suggested is { } id ? NodeFields.Nodes(c, [id]).Then(n => n.SingleOrDefault()) : null);
    }
}
