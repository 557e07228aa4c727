using GraphQL.Types;
using Legal.Engine;

namespace Legal.Server.GraphQL;

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUT follows relations from this node, IN relations pointing at it, BOTH either.";
    }
}
