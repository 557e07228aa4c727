using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the graph: an instrument, a provision, a body, a framework, an event, a person, a source ….";
        NodeFields.AddDeclarationsTo(this);
    }
}
