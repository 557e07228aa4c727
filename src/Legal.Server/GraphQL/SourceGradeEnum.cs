using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class SourceGradeEnum : EnumerationGraphType<SourceGrade>
{
    public SourceGradeEnum()
    {
        Name = "SourceGrade";
        Description = "How far a source can be relied on: the issuing body itself, a professional firm, the press, or a low-grade source.";
    }
}
