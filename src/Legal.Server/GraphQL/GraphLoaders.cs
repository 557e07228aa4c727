using GraphQL.DataLoader;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Server.GraphQL;

/// <summary>
/// The request's batched lookups: nodes by id, and each node's relations by direction and types. Resolvers go through
/// these rather than the graph, so that a GraphQL request costs a number of store calls bounded by its shape, not by
/// how many nodes it returns.
/// </summary>
public sealed class GraphLoaders(RequestGraph request)
{
    private static readonly IReadOnlySet<RelationKind> PartOf = new HashSet<RelationKind> { RelationKind.PartOf };

    private readonly BatchLoader<NodeId, Node> _nodes = new((ids, ct) => request.Graph.GetManyAsync(ids, ct));
    private readonly Dictionary<(Direction, string), BatchLoader<NodeId, IReadOnlyList<Relation>>> _relations = [];

    /// <summary>The nodes with these ids, in the order given; ids that name no node are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<Node>> Nodes(IReadOnlyCollection<NodeId> ids) => _nodes.Load(ids);

    /// <summary>
    /// The relations of one node, as <see cref="ILegalGraph.RelationsAsync"/> would give them for that node alone:
    /// for both directions, its outgoing relations, then its incoming ones.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(NodeId id, Direction direction, IReadOnlySet<RelationKind>? types = null)
    {
        if (direction == Direction.Both)
        {
            return Relations(id, Direction.Out, types).With(Relations(id, Direction.In, types), (outgoing, incoming) => (IReadOnlyList<Relation>)[.. outgoing, .. incoming]);
        }
        return RelationLoader(direction, types).Load([id]).Then(found => found.SingleOrDefault() ?? []);
    }

    /// <summary>The provisions directly under a node, in document order.</summary>
    public IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Node>>> Children(NodeId id) =>
        Relations(id, Direction.In, PartOf).Then(relations => Nodes(relations.Select(e => e.From).ToList()).Then(InDocumentOrder));

    /// <summary>
    /// Every provision under a node, at any depth, in document order: one batched lookup per level, shared with the
    /// same lookup for every other node in the request. The result nests one level per level of provisions.
    /// </summary>
    public IDataLoaderResult Descendants(NodeId id, Func<Node, bool> keep) => Below([id], [], keep);

    private IDataLoaderResult Below(IReadOnlyCollection<NodeId> frontier, IReadOnlyList<Node> found, Func<Node, bool> keep) =>
        RelationLoader(Direction.In, PartOf).Load(frontier).Then(relations =>
        {
            var ids = relations.SelectMany(level => level.Select(e => e.From)).ToList();
            return ids.Count == 0 ? (object)InDocumentOrder(found).Where(keep).ToList()
                : Nodes(ids).Then(level => Below(level.Select(n => n.Id).ToList(), [.. found, .. level], keep));
        });

    private static IReadOnlyList<Node> InDocumentOrder(IReadOnlyList<Node> nodes) => nodes.OrderBy(n => n.Order).ToList();

    private BatchLoader<NodeId, IReadOnlyList<Relation>> RelationLoader(Direction direction, IReadOnlySet<RelationKind>? types)
    {
        var key = (direction, types is null ? "*" : string.Join(",", types.Order()));
        lock (_relations)
        {
            if (!_relations.TryGetValue(key, out var loader))
            {
                _relations[key] = loader = new BatchLoader<NodeId, IReadOnlyList<Relation>>(async (ids, ct) =>
                {
                    var relations = await request.Graph.RelationsAsync(ids, direction, types, ct);
                    return relations.GroupBy(e => direction == Direction.Out ? e.From : e.To).ToDictionary(g => g.Key, g => (IReadOnlyList<Relation>)g.ToList());
                });
            }
            return loader;
        }
    }
}
