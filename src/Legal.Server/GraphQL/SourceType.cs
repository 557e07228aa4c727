using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class SourceType : NodeObjectType
{
    public SourceType()
        : base("Source",
            "A document that facts in the graph come from: an official text, an official statement, a news report or a secondary account.",
            k => k == NodeKind.Source)
    {
        Field<StringGraphType>("publisher").Description("Who published it.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("date").Description("Its publication date, as precise as known; null when undated.").Resolve(c => c.Source.Date?.ToString());
        Field<StringGraphType>("url").Description("Where to read it; null when no address is known.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("language").Description("Its language code (ar, en).").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<SourceGradeEnum>>("grade").Description("How far it can be relied on: OFFICIAL, PROFESSIONAL (law firms, auditors), PRESS or LOW (such as machine-rewritten sites).")
            .Resolve(c => c.Source.Grade ?? SourceGrade.Low);
        Field<SourceKindEnum>("sourceKind").Description("What kind of source it is.").Resolve(c => c.Source.SourceKind);
    }
}
