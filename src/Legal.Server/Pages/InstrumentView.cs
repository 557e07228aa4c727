using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Server.Pages;

/// <summary>
/// What the instrument page shows, fetched in a few batched calls: the instrument, its provisions in document order,
/// the relations touching them, every node they name (sources, duties, bodies, amending instruments), the disputes and
/// the instrument's status.
/// </summary>
internal sealed class InstrumentView
{
    private readonly Dictionary<NodeId, Node> _nodes;
    private readonly ILookup<NodeId, Relation> _relations;
    private readonly ILookup<NodeId, Node> _children;
    private readonly Dictionary<NodeId, int> _depth;
    private readonly ILookup<NodeId, Dispute> _disputes;

    private InstrumentView(Node instrument, IReadOnlyList<Node> provisions, Dictionary<NodeId, Node> nodes, IReadOnlyList<Relation> relations,
        IReadOnlyList<Dispute> disputes, DateOnly today)
    {
        (Instrument, Provisions, _nodes, Today) = (instrument, provisions, nodes, today);
        _relations = relations.SelectMany(r => new[] { (Id: r.From, r), (Id: r.To, r) }).Distinct().ToLookup(x => x.Id, x => x.r);
        _children = provisions.ToLookup(p => p.Parent ?? instrument.Id);
        _depth = [];
        foreach (var p in provisions) _depth[p.Id] = p.Parent is { } parent && _depth.TryGetValue(parent, out var d) ? d + 1 : 0;
        _disputes = disputes.ToLookup(d => d.Node);
        Status = InstrumentStatus.From(instrument, provisions, relations, Node, today);
    }

    public Node Instrument { get; }

    /// <summary>The provisions in document order.</summary>
    public IReadOnlyList<Node> Provisions { get; }

    public InstrumentStatus Status { get; }

    /// <summary>The day the page is read on: the as-of date, else today.</summary>
    public DateOnly Today { get; }

    public Node? Node(NodeId id) => _nodes.GetValueOrDefault(id);

    public IReadOnlyList<Node> ChildrenOf(NodeId parent) => _children[parent].OrderBy(p => p.Order).ToList();

    public int Depth(Node provision) => _depth.GetValueOrDefault(provision.Id);

    public IEnumerable<Relation> RelationsOf(NodeId id) => _relations[id];

    public IEnumerable<NodeId> Out(NodeId id, RelationKind type) => _relations[id].Where(r => r.Type == type && r.From == id).Select(r => r.To);

    public IReadOnlyList<Dispute> DisputesOf(NodeId id) => _disputes[id].ToList();

    public bool Disputed(string field) => _disputes[Instrument.Id].Any(d => d.Field == field);

    public static async Task<InstrumentView> LoadAsync(ILegalGraph graph, Node instrument, DateOnly today, CancellationToken ct)
    {
        var provisions = (await graph.DescendantsAsync(instrument.Id, ct)).OrderBy(p => p.Order).ToList();
        var all = provisions.Prepend(instrument).ToList();
        var nodes = all.ToDictionary(n => n.Id);
        var relations = await graph.RelationsAsync(all.Select(n => n.Id).ToList(), Direction.Both, null, ct);
        var named = relations.SelectMany(r => new[] { r.From, r.To, r.From.WorkId, r.To.WorkId })
            .Concat(all.SelectMany(n => n.Sources.Concat(n.Versions.SelectMany(v => v.Sources)).Concat(n.Claims.SelectMany(c => c.Sources))))
            .Concat(all.SelectMany(n => n.Versions.Select(v => v.AmendedBy).OfType<NodeId>().Select(id => id.WorkId)))
            .Concat(all.SelectMany(n => n.Versions.Select(v => v.Summary).Append(n.Summary).SelectMany(s => Summary.Targets(s, instrument.Id))))
            .Where(id => !nodes.ContainsKey(id))
            .ToHashSet();
        foreach (var (id, node) in await graph.GetManyAsync(named, ct)) nodes[id] = node;
        var disputes = Dispute.Among(all);
        return new InstrumentView(instrument, provisions, nodes, relations, disputes, today);
    }
}
