using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class NodeKindEnum : EnumerationGraphType<NodeKind>
{
    public NodeKindEnum()
    {
        Name = "NodeKind";
        Description = "What a node is: an instrument kind (LAW, DECREE_LAW, …), a provision, a body, an event, a person, a source ….";
    }
}
