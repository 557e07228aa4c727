using GraphQL.Types;
using Legal.Engine;
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

public sealed class NodeKindEnum : EnumerationGraphType<NodeKind>
{
    public NodeKindEnum()
    {
        Name = "NodeKind";
        Description = "What a node is: an instrument kind (LAW, DECREE_LAW, …), a provision, a body, an event, a person, a source ….";
    }
}

public sealed class RelationTypeEnum : EnumerationGraphType<RelationKind>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "A typed relation, named as a verb read from the relation's source node to its target.";
    }
}

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUT follows relations from this node, IN relations pointing at it, BOTH either.";
    }
}

public sealed class DeonticEnum : EnumerationGraphType<Deontic>
{
    public DeonticEnum()
    {
        Name = "Deontic";
        Description = "LegalRuleML's deontic types: what a provision requires, forbids or allows.";
    }
}

public sealed class SourceKindEnum : EnumerationGraphType<SourceKind>
{
    public SourceKindEnum()
    {
        Name = "SourceKind";
        Description = "How much weight a source carries: the official text, an official statement, news, or a secondary account.";
    }
}
