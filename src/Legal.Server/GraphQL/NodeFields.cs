using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

/// <summary>The fields every node has, declared once for the Node interface and each type that implements it.</summary>
internal static class NodeFields
{
    public static void AddTo(ObjectGraphType<Node> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id, such as kw/law/2013/106, kw/law/2013/106#art_16 or org/tftc.")
            .Resolve(c => c.Source.Id.ToString());
        type.Field<NonNullGraphType<NodeKindEnum>>("kind").Description("What the node is.").Resolve(c => c.Source.Kind);
        type.Field<StringGraphType>("title").Description("The node's name or title; falls back to the other language when this one is missing.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Title.Prefer(c.GetArgument<Lang>("lang")));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names, acronyms and spellings, in either language.").Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The sources this node's facts come from (for provisions without their own, the instrument's).")
            .Resolve(c => Nodes(c, c.Source.Sources));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .Description("Statements of this node's facts by particular sources; competing claims on one field are a dispute.")
            .Resolve(c => c.Source.Claims);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("relations")
            .Description("Typed relations to and from this node, each with its sources and any period or role.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", a => a.Description = "Only these relation types; all when omitted.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Resolve(c => c.Loaders().Relations(c.Source.Id, c.GetArgument<Direction>("direction"), c.GetArgument<List<RelationKind>?>("types")?.ToHashSet())
                .Then(relations => relations.Select(e => new RelationView(e, e.From == c.Source.Id)).ToList()));
        type.Field<NonNullGraphType<StringGraphType>>("markdown")
            .Description("The node rendered as Markdown, with links to its pages; for an instrument, all its provisions.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Argument<DateScalar>("asOf", a => a.Description = "Render each provision as it was in force on this date.")
            .ResolveAsync(async c => await MarkdownOf(c));
        type.Field<NonNullGraphType<StringGraphType>>("html")
            .Description("Markdig's rendering of `markdown`, sanitised, in an <article> marked with lang and dir (rtl for Arabic).")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Argument<DateScalar>("asOf", a => a.Description = "Render each provision as it was in force on this date.")
            .ResolveAsync(async c => HtmlRenderer.Render(await MarkdownOf(c), c.GetArgument<Lang>("lang")));
    }

    /// <summary>The same fields without resolvers, for the interface: an interface declares fields, its types resolve them.</summary>
    public static void AddDeclarationsTo(InterfaceGraphType<Node> node)
    {
        var prototype = new ObjectGraphType<Node>();
        AddTo(prototype);
        foreach (var field in prototype.Fields)
        {
            node.AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.Type, Arguments = field.Arguments });
        }
    }

    /// <summary>Nodes by id, in the order given, skipping none: the corpus guarantees every id resolves. Batched across the request.</summary>
    public static IDataLoaderResult<IReadOnlyList<Node>> Nodes(IResolveFieldContext context, IReadOnlyCollection<NodeId> ids) => context.Loaders().Nodes(ids);

    /// <summary>The nodes at the other end of this node's relations of one type: two batched lookups, relations then nodes.</summary>
    public static IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Node>>> Related(IResolveFieldContext<Node> context, RelationKind type, Direction direction)
    {
        var id = context.Source.Id;
        return context.Loaders().Relations(id, direction, new HashSet<RelationKind> { type })
            .Then(relations => Nodes(context, relations.Select(e => e.From == id ? e.To : e.From).Distinct().ToList()));
    }

    private static async Task<string> MarkdownOf(IResolveFieldContext<Node> c) =>
        await c.Renderer().RenderAsync(c.Source.Id, c.GetArgument<Lang>("lang"), c.AsOf(), c.CancellationToken) ?? "";
}
