using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class InstitutionType : NodeObjectType
{
    public InstitutionType()
        : base("Institution",
            "A body: a ministry, a financial intelligence unit, a committee, a UN office, a centre ….",
            k => k == NodeKind.Institution)
    {
        MembershipFields.AddTo(this);
    }
}
