using GraphQL.Types;
using Legal.Engine.References;

namespace Legal.Server.GraphQL;

public sealed class CitationProblemEnum : EnumerationGraphType<CitationProblem>
{
    public CitationProblemEnum()
    {
        Name = "CitationProblem";
        Description = "Why a citation looks wrong: its title is another instrument's, a Security Council resolution's year is not its own, or no known instrument has its number.";
    }
}
