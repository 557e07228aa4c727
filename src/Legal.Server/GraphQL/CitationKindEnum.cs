using GraphQL.Types;
using Legal.Engine.References;

namespace Legal.Server.GraphQL;

public sealed class CitationKindEnum : EnumerationGraphType<CitationKind>
{
    public CitationKindEnum()
    {
        Name = "CitationKind";
        Description = "What a citation names, as the text calls it: LAW, DECREE_LAW (مرسوم بقانون) as against DECREE (مرسوم), ministerial, cabinet and council resolutions, circulars, UN resolutions, FATF Recommendations, or a body or framework by name.";
    }
}
