using GraphQL.Types;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class FigureType : ObjectGraphType<KeyValuePair<string, Figure>>
{
    public FigureType()
    {
        Name = "Figure";
        Description = "A count given by the sources, such as participants: more than 450.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is counted.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("value").Description("The count, read with `qualifier`.").Resolve(c => c.Source.Value.Value);
        Field<NonNullGraphType<FigureQualifierEnum>>("qualifier").Description("How the source states it: EXACT, AT_LEAST, MORE_THAN or ABOUT the value.")
            .Resolve(c => c.Source.Value.Qualifier);
        Field<NonNullGraphType<SourcingEnum>>("sourcing").Description("How well the figure is supported: SOURCED, LOW_GRADE_ONLY (only low-grade sources) or UNSOURCED.")
            .Resolve(c => NodeFields.Sourcing(c, c.Source.Value.Sources));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("The sources that give this figure (its node's, unless the corpus names its own).")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Value.Sources));
    }
}
