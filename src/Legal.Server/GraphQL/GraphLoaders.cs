using GraphQL.DataLoader;
using Legal.Core.Graph;
using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Server.GraphQL;

/// <summary>
/// The request's batched lookups: nodes by id, and each node's edges by direction and types. Resolvers go through
/// these rather than the graph, so that a GraphQL request costs a number of store calls bounded by its shape, not by
/// how many nodes it returns.
/// </summary>
public sealed class GraphLoaders(RequestGraph request)
{
    private static readonly IReadOnlySet<EdgeType> PartOf = new HashSet<EdgeType> { EdgeType.PartOf };

    private readonly BatchLoader<NodeId, Node> _nodes = new((ids, ct) => request.Graph.GetManyAsync(ids, ct));
    private readonly Dictionary<(Direction, string), BatchLoader<NodeId, IReadOnlyList<Edge>>> _edges = [];

    /// <summary>The nodes with these ids, in the order given; ids that name no node are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<Node>> Nodes(IReadOnlyCollection<NodeId> ids) => _nodes.Load(ids);

    /// <summary>
    /// The edges of one node, as <see cref="ILegalGraph.EdgesAsync"/> would give them for that node alone:
    /// for both directions, its outgoing edges, then its incoming ones.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<Edge>> Edges(NodeId id, Direction direction, IReadOnlySet<EdgeType>? types = null)
    {
        if (direction == Direction.Both)
        {
            return Edges(id, Direction.Out, types).With(Edges(id, Direction.In, types), (outgoing, incoming) => (IReadOnlyList<Edge>)[.. outgoing, .. incoming]);
        }
        return EdgeLoader(direction, types).Load([id]).Then(found => found.SingleOrDefault() ?? []);
    }

    /// <summary>The provisions directly under a node, in document order.</summary>
    public IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Node>>> Children(NodeId id) =>
        Edges(id, Direction.In, PartOf).Then(edges => Nodes(edges.Select(e => e.From).ToList()).Then(InDocumentOrder));

    /// <summary>
    /// Every provision under a node, at any depth, in document order: one batched lookup per level, shared with the
    /// same lookup for every other node in the request. The result nests one level per level of provisions.
    /// </summary>
    public IDataLoaderResult Descendants(NodeId id, Func<Node, bool> keep) => Below([id], [], keep);

    private IDataLoaderResult Below(IReadOnlyCollection<NodeId> frontier, IReadOnlyList<Node> found, Func<Node, bool> keep) =>
        EdgeLoader(Direction.In, PartOf).Load(frontier).Then(edges =>
        {
            var ids = edges.SelectMany(level => level.Select(e => e.From)).ToList();
            return ids.Count == 0 ? (object)InDocumentOrder(found).Where(keep).ToList()
                : Nodes(ids).Then(level => Below(level.Select(n => n.Id).ToList(), [.. found, .. level], keep));
        });

    private static IReadOnlyList<Node> InDocumentOrder(IReadOnlyList<Node> nodes) => nodes.OrderBy(n => n.Order).ToList();

    private BatchLoader<NodeId, IReadOnlyList<Edge>> EdgeLoader(Direction direction, IReadOnlySet<EdgeType>? types)
    {
        var key = (direction, types is null ? "*" : string.Join(",", types.Order()));
        lock (_edges)
        {
            if (!_edges.TryGetValue(key, out var loader))
            {
                _edges[key] = loader = new BatchLoader<NodeId, IReadOnlyList<Edge>>(async (ids, ct) =>
                {
                    var edges = await request.Graph.EdgesAsync(ids, direction, types, ct);
                    return edges.GroupBy(e => direction == Direction.Out ? e.From : e.To).ToDictionary(g => g.Key, g => (IReadOnlyList<Edge>)g.ToList());
                });
            }
            return loader;
        }
    }
}
