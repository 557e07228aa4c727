using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class RelationTypeEnum : EnumerationGraphType<RelationKind>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "A typed relation, named as a verb read from the relation's source node to its target.";
    }
}
