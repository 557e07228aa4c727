using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the AML/CFT graph: instruments and their provisions, the bodies and frameworks around them, and the sources for every fact.";
        Field<NonNullGraphType<CorpusType>>("corpus").Description("Which corpus answers: its content hash, git commit, compile time and size.")
            .Resolve(c => c.CorpusVersion());
        Field<NodeInterface>("node").Description("Any node by id; null when no node has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Graph().GetAsync(c.IdArgument(), c.CancellationToken));
        Field<InstrumentType>("instrument").Description("An instrument by id, such as kw/law/2013/106 or un/scr/2379.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await OfKind(c, k => k.IsInstrument()));
        Field<ProvisionType>("provision").Description("A provision by id, such as kw/law/2013/106#art_25.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await OfKind(c, k => k == NodeKind.Provision));
        Field<InstitutionType>("institution").Description("An institution by id, such as org/tftc or org/kw-fiu.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await OfKind(c, k => k == NodeKind.Institution));
        Field<NonNullGraphType<InstrumentConnectionType>>("instruments").Description("Instruments, ordered by id, a page at a time.")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds", a => a.Description = "Only these instrument kinds.")
            .Argument<StringGraphType>("jurisdiction", a => a.Description = "Only this jurisdiction: KW, UN, FATF.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"Page size, at most {Paging.MaxPageSize}."; })
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .ResolveAsync(async c => await Page(c, c.GetArgument<List<NodeKind>?>("kinds")?.Where(k => k.IsInstrument()).ToHashSet()
                ?? Enum.GetValues<NodeKind>().Where(k => k.IsInstrument()).ToHashSet()));
        Field<NonNullGraphType<NodeConnectionType>>("nodes").Description("Nodes of any kind, ordered by id, a page at a time.")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds", a => a.Description = "Only these kinds; all when omitted.")
            .Argument<StringGraphType>("jurisdiction", a => a.Description = "Only this jurisdiction.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"Page size, at most {Paging.MaxPageSize}."; })
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .ResolveAsync(async c => await Page(c, c.GetArgument<List<NodeKind>?>("kinds")?.ToHashSet()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisputeType>>>>("disputes")
            .Description("Every fact on which sources disagree, with each competing claim and its sources.")
            .ResolveAsync(async c => await c.Graph().DisputesAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("changes")
            .Description("Every event in the law between two dates (inclusive), in date order: instruments made, commencements, amendments, insertions, wordings ended and repeals, each with what brought it about. An event known only to the month or year counts if that range overlaps the period; one whose date is not known at all (only a day it cannot be before) is in no period, but shows in its instrument's timeline.")
            .Argument<NonNullGraphType<DateScalar>>("since")
            .Argument<NonNullGraphType<DateScalar>>("until")
            .ResolveAsync(async c => await c.Graph().ChangesAsync(c.GetArgument<DateOnly>("since"), c.GetArgument<DateOnly>("until"), c.CancellationToken));
        Field<TraceType>("trace")
            .Description("The legal adviser's question: the chains from a duty or provision up to its legal bases and international sources, or from an international source down to the national provisions, duties and bodies that carry it out. Null when no node has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("from", a => a.Description = "Where to start: an obligation or provision (UP), a Security Council resolution or FATF Recommendation (DOWN).")
            .Argument<TraceDirectionEnum>("direction", a => a.DefaultValue = TraceDirection.Up)
            .Argument<IntGraphType>("maxDepth", a => { a.DefaultValue = TraceQuery.DefaultMaxDepth; a.Description = $"The most steps a path may take, 1 to {TraceQuery.MaxMaxDepth}."; })
            .Argument<DateScalar>("asOf", a => a.Description = "Read the law as in force on this day; today (UTC) when omitted.")
            .ResolveAsync(async c => await c.Checked(() => new Tracer(c.Graph()).TraceAsync(
                new TraceQuery(c.IdArgument("from"), c.GetArgument<TraceDirection>("direction"), c.AsOfOrToday(), c.GetArgument<int>("maxDepth")), c.CancellationToken)));
        Field<NonNullGraphType<ObligationConnectionType>>("obligations")
            .Description("The compliance officer's question: what applies to a sector or body (including what binds the broader sectors it is part of), ordered by id, a page at a time.")
            .Argument<IdGraphType>("subject", a => a.Description = "Who is bound: a sector such as sector/banks, or a body.")
            .Argument<IdGraphType>("topic", a => a.Description = "Only obligations about this topic, directly or through the provision imposing them.")
            .Argument<IdGraphType>("supervisor", a => a.Description = "Only obligations this body supervises.")
            .Argument<DeonticEnum>("deontic", a => a.Description = "Only obligations, prohibitions or permissions.")
            .Argument<DateScalar>("asOf", a => a.Description = "Only what applied on this day (its provision and instrument in force); today (UTC) when omitted.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"Page size, at most {Paging.MaxPageSize}."; })
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .ResolveAsync(async c => await c.Checked(() => new ObligationFinder(c.Graph()).FindAsync(new ObligationQuery(
                c.OptionalIdArgument("subject"), c.OptionalIdArgument("topic"), c.OptionalIdArgument("supervisor"), c.GetArgument<Deontic?>("deontic"),
                c.AsOfOrToday(), c.GetArgument<int>("first"), c.GetArgument<string?>("after")), c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvaluationType>>>>("evaluations")
            .Description("The compliance officer's other question: a country's standing with the FATF. Its mutual evaluations and listings for increased monitoring, oldest first, with totals, ratings by Recommendation where known, and action-plan items.")
            .Argument<NonNullGraphType<IdGraphType>>("country", a => a.Description = "The state, such as state/kw.")
            .ResolveAsync(async c => await c.Checked(() => new EvaluationFinder(c.Graph()).FindAsync(c.IdArgument("country"), c.CancellationToken)));
        Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Full-text search over titles, aliases, summaries and official text, in English and Arabic, best first. Arabic is matched as readers type it: without hamza or diacritics, with either digit system, with or without the article.")
            .Argument<NonNullGraphType<StringGraphType>>("query", a => a.Description = "Words to find; operators and quotes are taken literally.")
            .Argument<LangEnum>("lang", a => a.Description = "Only this language's text; both when omitted.")
            .Argument<ListGraphType<NonNullGraphType<NodeKindEnum>>>("kinds", a => a.Description = "Only these kinds; all when omitted.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = $"Page size, at most {Paging.MaxPageSize}."; })
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .ResolveAsync(async c => await c.Checked(() => c.Graph().SearchAsync(new SearchQuery(c.GetArgument<string>("query"), c.GetArgument<Lang?>("lang"),
                c.GetArgument<List<NodeKind>?>("kinds")?.ToHashSet(), c.GetArgument<int>("first"), c.GetArgument<string?>("after")), c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>>("extractReferences")
            .Description("The instruments, resolutions, institutions and frameworks a pasted text names, in reading order. A law another country's name marks is never linked to a Kuwaiti one.")
            .Argument<NonNullGraphType<StringGraphType>>("text", a => a.Description = $"The text, up to {MaxTextLength} characters.")
            .ResolveAsync(async c => await c.Checked(() => c.Graph().ExtractReferencesAsync(LimitedText(c.GetArgument<string>("text")), c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("Every citation a pasted text makes, in reading order, whether or not the graph holds its target: Kuwaiti, Gulf and UN citation practice in English and Arabic, structured (kind, jurisdiction, number, year, article, FRBR URI), with the node when it resolves and the checker's warnings. A foreign citation is never linked to a Kuwaiti node.")
            .Argument<NonNullGraphType<StringGraphType>>("text", a => a.Description = $"The text, up to {MaxTextLength} characters.")
            .ResolveAsync(async c => await c.Checked(() => c.Graph().CitationsAsync(LimitedText(c.GetArgument<string>("text")), c.CancellationToken)));
        Field<NonNullGraphType<CurriculumType>>("curriculum")
            .Description("The trainer's question: an ordered learning path on a topic for an audience, with readings and review questions whose answers cite the graph.")
            .Argument<NonNullGraphType<StringGraphType>>("topic", a => a.Description = "The subject in plain words, such as terrorist financing or تمويل الإرهاب.")
            .Argument<NonNullGraphType<StringGraphType>>("audience", a => a.Description = "Who it is for, such as bank staff; a matching sector adds a module on its duties.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Argument<DateScalar>("asOf", a => a.Description = "Teach the law as in force on this day; today (UTC) when omitted.")
            .ResolveAsync(async c => await c.Checked(() => new CurriculumBuilder(c.Graph()).BuildAsync(
                new CurriculumQuery(c.GetArgument<string>("topic"), c.GetArgument<string>("audience"), c.GetArgument<Lang>("lang"), c.AsOfOrToday()), c.CancellationToken)));
    }

    /// <summary>Longer texts than this are refused, so one request cannot hold the server for long.</summary>
    private const int MaxTextLength = 200_000;

    private static string LimitedText(string text) =>
        text.Length <= MaxTextLength ? text : throw new ArgumentException($"'text' is {text.Length} characters; at most {MaxTextLength} are read");

    private static async Task<Node?> OfKind(IResolveFieldContext c, Func<NodeKind, bool> wanted) =>
        await c.Graph().GetAsync(c.IdArgument(), c.CancellationToken) is { } node && wanted(node.Kind) ? node : null;

    private static Task<Page<Node>> Page(IResolveFieldContext c, IReadOnlySet<NodeKind>? kinds) => c.Checked(() =>
        c.Graph().ListAsync(new NodeQuery(kinds, c.GetArgument<string?>("jurisdiction"), c.GetArgument<int>("first"), c.GetArgument<string?>("after")), c.CancellationToken));
}
