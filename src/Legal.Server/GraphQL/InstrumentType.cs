using GraphQL.Types;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Server.GraphQL;

public sealed class InstrumentType : NodeObjectType
{
    public InstrumentType()
        : base("Instrument",
            "A law, decree-law, resolution, Security Council resolution or standard, with its provisions. The work, in FRBR terms: every field whose value depends on the day (status, provisions, markdown, html) takes asOf itself, today (UTC) when omitted, so a cache keyed by id and arguments never mixes two days.",
            k => k.IsInstrument())
    {
        Field<StringGraphType>("number").Description("The official number, as text.").Resolve(c => c.Source.Number);
        Field<StringGraphType>("jurisdiction").Description("Who issued it: KW, UN, FATF ….").Resolve(c => c.Source.Jurisdiction);
        Field<StringGraphType>("date").Description("Date of issue, as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown.")
            .Resolve(c => c.Source.Date?.ToString());
        Field<StringGraphType>("frbrUri").Description("The Akoma Ntoso FRBR work URI, such as /akn/kw/act/2013/106; null when not derivable.")
            .Resolve(c => FrbrUri.ForWork(c.Source)?.WorkUri);
        Field<StringGraphType>("inForceFrom")
            .Description("When it entered into force: YYYY, YYYY-MM or YYYY-MM-DD, or a date followed by '..' when the day is unknown and only known not to be earlier (its date of issue, say); null when nothing is known. Stated in the corpus, or derived from the first wording it brought in.")
            .Resolve(c => c.Source.InForce.Start?.ToString());
        Field<StringGraphType>("inForceUntil")
            .Description("When it ceased to be in force, in the same form as inForceFrom; for a repealed instrument, the repealing instrument's commencement unless stated; null while in force.")
            .Resolve(c => c.Source.InForce.End?.ToString());
        Field<InstrumentType>("repealedBy").Description("The instrument that repealed it, if one has.")
            .Resolve(c => c.Source.RepealedBy is { } by ? NodeFields.Nodes(c, [by]).Then(n => n.SingleOrDefault()) : null);
        Field<StringGraphType>("knownUpTo")
            .Description("The day up to which amendments are known to be applied to this text (Laws.Africa's as_at_date); a later asOf may not show the current text. Null when not stated.")
            .Resolve(c => c.Source.KnownUpTo?.ToString());
        TimeFields.AddStatus(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateScalar>>>>("pointsInTime")
            .Description("The days its wording may change (its expressions' first days, in FRBR terms): its commencement, when known, and each insertion, amendment and end of a provision; a date known only to the month or year counts from its first day. Ask any version-dependent field with asOf set to one of them.")
            .ResolveAsync(async c => (object?)Timeline.PointsInTime(c.Source, await c.Graph().DescendantsAsync(c.Source.Id, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("timeline")
            .Description("Its events in date order, each with what brought it about: made, commenced and repealed (the instrument), inserted, amended and ended (its provisions). Unknown dates show as a date followed by '..' (not before).")
            .ResolveAsync(async c => (object?)Timeline.Of((await c.Graph().DescendantsAsync(c.Source.Id, c.CancellationToken)).Prepend(c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("provisions")
            .Description("Its provisions (parts, chapters, articles, paragraphs) in document order that were in force on asOf: none while the instrument itself was not.")
            .Argument<DateScalar>("asOf", a => a.Description = AsOfArgument.Status)
            .Resolve(c =>
            {
                var (instrument, day) = (c.Source, c.AsOfOrToday());
                return c.Loaders().Descendants(instrument.Id, p => InForce.Of(p, instrument, day).Applies);
            });
    }
}
