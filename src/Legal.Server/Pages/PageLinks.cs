using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>The one place that decides where a node is read in a browser: the routes <see cref="PageEndpoints"/> serves.</summary>
public sealed class PageLinks : ILinkScheme
{
    public static readonly PageLinks Site = new();

    /// <summary>Instruments and their provisions live on the instrument's page; everything else on its own node page.</summary>
    public string Href(NodeId id, NodeKind kind) => kind switch
    {
        NodeKind.Provision => $"/instruments/{id.Work}#{id.EId}",
        _ when kind.IsInstrument() => $"/instruments/{id.Work}",
        _ => $"/nodes/{id.Work}",
    };
}
