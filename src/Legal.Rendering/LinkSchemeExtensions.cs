using Legal.Model;

namespace Legal.Rendering;

public static class LinkSchemeExtensions
{
    public static string Href(this ILinkScheme links, Node node) => links.Href(node.Id, node.Kind);
}
