using Legal.Model.Ids;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Legal.Rendering;

/// <summary>
/// Summaries name their link targets by node id (<c>[the FIU](org/kw-fiu "establishes")</c>);
/// a reader needs working addresses, so rendering swaps each target for its page and drops the relation title.
/// </summary>
public static class SummaryLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The node ids a summary links to; <c>#art_3</c> names a provision of <paramref name="work"/>.</summary>
    public static IEnumerable<NodeId> Targets(string markdown, NodeId work) =>
        Links(markdown).Select(l => Resolve(l.Url, work)).OfType<NodeId>();

    public static string Rewrite(string markdown, NodeId work, Func<NodeId, string?> href)
    {
        var text = markdown;
        foreach (var link in Links(markdown).OrderByDescending(l => l.UrlSpan.Start))
        {
            if (Resolve(link.Url, work) is not { } id || href(id) is not { } target) continue;
            var end = link.TitleSpan.IsEmpty ? link.UrlSpan.End : link.TitleSpan.End;
            text = string.Concat(text.AsSpan(0, link.UrlSpan.Start), target, text.AsSpan(end + 1));
        }
        return text;
    }

    private static IEnumerable<LinkInline> Links(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Where(l => !l.IsImage && !l.UrlSpan.IsEmpty);

    private static NodeId? Resolve(string? url, NodeId work) => NodeId.ResolveTarget(url, work);
}
