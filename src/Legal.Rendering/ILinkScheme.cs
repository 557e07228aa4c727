using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Rendering;

/// <summary>
/// Where a node is read: the host that serves pages decides, so that no layer below it knows a route.
/// Renderings ask it for every link they write.
/// </summary>
public interface ILinkScheme
{
    string Href(NodeId id, NodeKind kind);
}
