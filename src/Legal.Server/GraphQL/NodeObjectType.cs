using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>A GraphQL type for some kinds of node: it implements Node and has the fields every node has.</summary>
public abstract class NodeObjectType : ObjectGraphType<Node>
{
    protected NodeObjectType(string name, string description, Func<NodeKind, bool> holds)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        NodeFields.AddTo(this);
        IsTypeOf = o => o is Node node && holds(node.Kind);
    }
}
