using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class TopicType : NodeObjectType
{
    public TopicType()
        : base("Topic",
            "A subject that nodes are about, such as terrorist financing or targeted financial sanctions.",
            k => k == NodeKind.Topic)
    {
    }
}
