using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class SourceKindEnum : EnumerationGraphType<SourceKind>
{
    public SourceKindEnum()
    {
        Name = "SourceKind";
        Description = "How much weight a source carries: the official text, an official statement, news, or a secondary account.";
    }
}
