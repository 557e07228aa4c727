using GraphQL;
using GraphQL.Types;
using Legal.Core.Graph;
using Legal.Core.Model;

namespace Legal.Server.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the AML/CFT graph: instruments and their provisions, the bodies and frameworks around them, and the sources for every fact.";
        Field<NodeInterface>("node").Description("Any node by id; null when no node has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Graph().GetAsync(c.IdArgument(), c.CancellationToken));
        Field<InstrumentType>("instrument").Description("An instrument by id, such as kw/law/2013/106 or un/scr/2379.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<DateScalar>("asOf", a => a.Description = "Read its provisions as in force on this date.")
            .ResolveAsync(async c => await OfKind(c, k => k.IsInstrument()));
        Field<ProvisionType>("provision").Description("A provision by id, such as kw/law/2013/106#art_25.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<DateScalar>("asOf", a => a.Description = "Read the version in force on this date.")
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
            .Description("Amendments, insertions, commencements and repeals between two dates (inclusive), in date order. A change known only to the month counts if that month overlaps the period.")
            .Argument<NonNullGraphType<DateScalar>>("since")
            .Argument<NonNullGraphType<DateScalar>>("until")
            .ResolveAsync(async c => await c.Graph().ChangesAsync(c.GetArgument<DateOnly>("since"), c.GetArgument<DateOnly>("until"), c.CancellationToken));
    }

    private static async Task<Node?> OfKind(IResolveFieldContext c, Func<NodeKind, bool> wanted) =>
        await c.Graph().GetAsync(c.IdArgument(), c.CancellationToken) is { } node && wanted(node.Kind) ? node : null;

    private static async Task<Page<Node>> Page(IResolveFieldContext c, IReadOnlySet<NodeKind>? kinds)
    {
        try
        {
            var query = new NodeQuery(kinds, c.GetArgument<string?>("jurisdiction"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"));
            return await c.Graph().ListAsync(query, c.CancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new ExecutionError(e.Message) { Code = ErrorCodes.InvalidArgument };
        }
    }
}
