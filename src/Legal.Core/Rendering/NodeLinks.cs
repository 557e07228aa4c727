using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Core.Rendering;

/// <summary>The one place that decides where a node is read in a browser.</summary>
public static class NodeLinks
{
    /// <summary>Instruments and their provisions live on the instrument's page; everything else on its own node page.</summary>
    public static string Href(NodeId id, NodeKind kind) => kind switch
    {
        NodeKind.Provision => $"/instruments/{id.Work}#{id.EId}",
        _ when kind.IsInstrument() => $"/instruments/{id.Work}",
        _ => $"/nodes/{id.Work}",
    };

    public static string Href(Node node) => Href(node.Id, node.Kind);
}
