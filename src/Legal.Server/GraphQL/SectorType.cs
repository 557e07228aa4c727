using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class SectorType : NodeObjectType
{
    public SectorType()
        : base("Sector",
            "A group that obligations bind: banks, exchange companies, lawyers, designated non-financial businesses ….",
            k => k == NodeKind.Sector)
    {
    }
}
