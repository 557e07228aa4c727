using GraphQL.Types;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Server.GraphQL;

public sealed class InstrumentType : NodeObjectType
{
    public InstrumentType()
        : base("Instrument",
            "A law, decree-law, resolution, Security Council resolution or standard, with its provisions.",
            k => k.IsInstrument())
    {
        Field<StringGraphType>("number").Description("The official number, as text.").Resolve(c => c.Source.Number);
        Field<StringGraphType>("jurisdiction").Description("Who issued it: KW, UN, FATF ….").Resolve(c => c.Source.Jurisdiction);
        Field<StringGraphType>("date").Description("Date of issue, as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown.")
            .Resolve(c => c.Source.Date?.ToString());
        Field<StringGraphType>("frbrUri").Description("The Akoma Ntoso FRBR work URI, such as /akn/kw/act/2013/106; null when not derivable.")
            .Resolve(c => FrbrUri.ForWork(c.Source)?.WorkUri);
        Field<StringGraphType>("inForceFrom").Description("When it entered into force, if known.").Resolve(c => c.Source.InForceFrom?.ToString());
        Field<StringGraphType>("inForceUntil").Description("When it ceased to be in force (repeal), if it has.").Resolve(c => c.Source.InForceUntil?.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("provisions")
            .Description("Every provision (parts, chapters, articles, paragraphs) in document order. With asOf, only those with a version in force that day.")
            .Argument<DateScalar>("asOf", a => a.Description = "Only provisions in force on this date; their summaries as of that date.")
            .Resolve(c => c.AsOf() is { } day
                ? c.Loaders().Descendants(c.Source.Id, p => p.VersionOn(day) is not null)
                : c.Loaders().Descendants(c.Source.Id, _ => true));
    }
}
