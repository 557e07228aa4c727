using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Rendering;

/// <summary>
/// Everything a rendering of one node needs, fetched in a few batched calls
/// (one per level of provisions, one for relations, one for every node named), never one call per link.
/// </summary>
internal sealed class RenderContext
{
    private readonly Dictionary<NodeId, Node> _nodes;
    private readonly Dictionary<NodeId, int> _depth;
    private readonly ILookup<NodeId, Node> _obligations;

    private RenderContext(Dictionary<NodeId, Node> nodes, Dictionary<NodeId, int> depth, IReadOnlyList<Node> provisions,
        IReadOnlyList<Relation> relations, ILookup<NodeId, Node> obligations, IReadOnlyList<Node> sources)
    {
        (_nodes, _depth, Provisions, Relations, _obligations, Sources) = (nodes, depth, provisions, relations, obligations, sources);
    }

    /// <summary>The provisions under the node, in document order.</summary>
    public IReadOnlyList<Node> Provisions { get; }

    /// <summary>Relations touching the node itself.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    public IReadOnlyList<Node> Sources { get; }

    public Node? Node(NodeId id) => _nodes.GetValueOrDefault(id);

    public int Depth(Node provision) => _depth.GetValueOrDefault(provision.Id);

    public IReadOnlyList<Node> ObligationsOf(NodeId provision) => _obligations[provision].ToList();

    public static async Task<RenderContext> LoadAsync(ILegalGraph graph, Node root, CancellationToken ct)
    {
        var provisions = await graph.DescendantsAsync(root.Id, ct);
        var nodes = provisions.Append(root).ToDictionary(n => n.Id);
        var depth = new Dictionary<NodeId, int>();
        foreach (var provision in provisions) depth[provision.Id] = provision.Parent is { } parent && depth.TryGetValue(parent, out var d) ? d + 1 : 0;

        var relations = await graph.RelationsAsync([root.Id], Direction.Both, null, ct);
        var imposed = provisions.Count == 0 ? []
            : await graph.RelationsAsync(provisions.Select(p => p.Id).ToList(), Direction.Out, new HashSet<RelationKind> { RelationKind.Imposes }, ct);

        var texts = provisions.Append(root).SelectMany(n => n.Versions.Select(v => v.Summary).Append(n.Summary).Select(s => (n.Id, s)));
        var named = relations.SelectMany(e => new[] { e.From, e.To })
            .Concat(imposed.Select(e => e.To))
            .Concat(texts.SelectMany(t => new[] { t.s.En, t.s.Ar }.OfType<string>().SelectMany(md => SummaryLinks.Targets(md, t.Id))))
            .Concat(provisions.Append(root).SelectMany(n => n.Sources.Concat(n.Claims.SelectMany(c => c.Sources))))
            .Where(id => !nodes.ContainsKey(id))
            .ToHashSet();
        foreach (var (id, node) in await graph.GetManyAsync(named, ct)) nodes[id] = node;

        var obligations = imposed.Where(e => nodes.ContainsKey(e.To)).ToLookup(e => e.From, e => nodes[e.To]);
        var sources = provisions.Append(root).SelectMany(n => n.Sources).Distinct()
            .Select(id => nodes.GetValueOrDefault(id)).OfType<Node>()
            .OrderBy(s => s.Id.ToString(), StringComparer.Ordinal).ToList();
        return new RenderContext(nodes, depth, provisions, relations, obligations, sources);
    }
}
