using GraphQL;
using Legal.Engine;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

/// <summary>What resolvers need from a request: the graph it was started against, and argument parsing with coded errors.</summary>
internal static class RequestContext
{
    /// <summary>The graph for this request; a reload mid-request never mixes two corpora in one answer.</summary>
    public static ILegalGraph Graph(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestGraph>().Graph;

    /// <summary>The request's batched lookups: what resolvers below the root use, so that lists cost no more calls than single nodes.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static MarkdownRenderer Renderer(this IResolveFieldContext context) => new(context.Graph(), PageLinks.Site);

    public static NodeId IdArgument(this IResolveFieldContext context, string name = "id") =>
        context.OptionalIdArgument(name) ?? throw InvalidId(null);

    /// <summary>An id argument that may be left out; given but malformed, it is an error all the same.</summary>
    public static NodeId? OptionalIdArgument(this IResolveFieldContext context, string name)
    {
        var text = context.GetArgument<string?>(name);
        if (text is null) return null;
        return NodeId.TryParse(text, out var id) ? id : throw InvalidId(text);
    }

    /// <summary>The day the law is read on: the field's asOf (or an enclosing one), else today (UTC).</summary>
    public static DateOnly AsOfOrToday(this IResolveFieldContext context) => Legal.Model.Time.AsOf.OrToday(context.AsOf());

    /// <summary>Runs a query, turning the core's argument checks into INVALID_ARGUMENT errors.</summary>
    public static async Task<T> Checked<T>(this IResolveFieldContext _, Func<Task<T>> query)
    {
        try
        {
            return await query();
        }
        catch (ArgumentException e)
        {
            throw new ExecutionError(e.Message) { Code = ErrorCodes.InvalidArgument };
        }
    }

    private static ExecutionError InvalidId(string? text) =>
        new($"'{text}' is not a node id: expected a path such as kw/law/2013/106 or org/tftc, optionally with #art_16") { Code = ErrorCodes.InvalidId };

    /// <summary>
    /// The as-of date for this field: its own <c>asOf</c> argument, else the nearest enclosing field's,
    /// so <c>provision(id: …, asOf: …) { summary }</c> reads the version in force on that date.
    /// </summary>
    public static DateOnly? AsOf(this IResolveFieldContext context)
    {
        for (IResolveFieldContext? c = context; c is not null; c = c.Parent)
        {
            if (c.FieldDefinition.Arguments?.Find("asOf") is not null && c.GetArgument<DateOnly?>("asOf") is { } date) return date;
        }
        return null;
    }
}
