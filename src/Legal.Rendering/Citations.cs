using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Rendering;

/// <summary>How a node is named in running text: a provision with its instrument, so "Article 3" never stands alone.</summary>
public static class Citations
{
    public static string Name(Node node, Func<NodeId, Node?> lookup, Lang lang) =>
        node.Kind == NodeKind.Provision && lookup(node.Id.WorkId) is { } work
            ? $"{node.Title.Prefer(lang)}, {work.Title.Prefer(lang)}"
            : node.Title.Prefer(lang) ?? node.Id.ToString();

    /// <summary>The node's name as a Markdown link to its page.</summary>
    public static string Link(Node node, Func<NodeId, Node?> lookup, Lang lang, ILinkScheme links) =>
        $"[{MarkdownRenderer.Escape(Name(node, lookup, lang))}]({links.Href(node)})";
}
