using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class FrameworkType : NodeObjectType
{
    public FrameworkType()
        : base("Framework",
            "A cooperation framework: a forum, a process, a coalition or a working group.",
            k => k == NodeKind.Framework)
    {
        MembershipFields.AddTo(this);
    }
}
