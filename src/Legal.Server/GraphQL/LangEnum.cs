using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class LangEnum : EnumerationGraphType<Lang>
{
    public LangEnum()
    {
        Name = "Lang";
        Description = "The corpus's two languages. Arabic text is rendered right to left.";
    }
}
