using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Engine.Queries;

/// <summary>
/// Follows legal bases up, or implementation down, breadth first over any store: one relation call and one node call per level.
/// Each node is reached once, by its shortest path, so cycles end and the answer is never larger than the graph.
/// </summary>
public sealed class Tracer(ILegalGraph graph)
{
    public async Task<Trace?> TraceAsync(TraceQuery query, CancellationToken ct = default)
    {
        if (query.MaxDepth is < 1 or > TraceQuery.MaxMaxDepth) throw new ArgumentException($"a trace takes from 1 to {TraceQuery.MaxMaxDepth} steps");
        if (await graph.GetAsync(query.From, ct) is not { } origin) return null;
        var nodes = new Dictionary<NodeId, Node> { [origin.Id] = origin };
        if (origin.Id.IsProvision && await graph.GetAsync(origin.Id.WorkId, ct) is { } work) nodes[work.Id] = work;
        var reached = new HashSet<NodeId> { origin.Id };
        var root = new Walk(origin.Id, null, null);
        // A trace read on a day its origin did not apply finds nothing: no step is in force from there.
        var frontier = InForce.Of(origin, nodes.GetValueOrDefault, query.AsOf).Applies ? new List<Walk> { root } : [];
        var types = TraceRules.Types(query.Direction);
        for (var depth = 0; depth < query.MaxDepth && frontier.Count > 0; depth++)
        {
            // The origin always moves: a trace DOWN starts at an international source, where a trace UP would stop.
            var moving = frontier.Where(w => w == root || !TraceRules.Stops(query.Direction, nodes[w.At].Kind)).ToList();
            if (moving.Count == 0) break;
            var relations = await graph.RelationsAsync(moving.Select(w => w.At).ToList(), Direction.Both, types, ct);
            // A provision's instrument comes with it: whether the provision applies depends on it.
            var unseen = relations.SelectMany(e => new[] { e.From, e.To, e.From.WorkId, e.To.WorkId }).Where(id => !nodes.ContainsKey(id)).ToHashSet();
            foreach (var (id, node) in await graph.GetManyAsync(unseen, ct)) nodes[id] = node;
            var touching = relations.SelectMany(e => new[] { (Node: e.From, Relation: e), (Node: e.To, Relation: e) }).ToLookup(t => t.Node, t => t.Relation);
            frontier = moving.SelectMany(w => Steps(query, w.At, touching[w.At], nodes)
                    .Where(s => reached.Add(s.To))
                    .Select(s => w.Add(s)))
                .ToList();
        }
        var cut = Ends(query.Direction, root, nodes).Select(w => TraceRules.WithoutClimbToOwnInstrument(w.Path())).Where(s => s.Count > 0).ToList();
        // A path cut short may now be the start of another, which says more.
        var paths = cut.Where(p => !cut.Any(q => q.Count > p.Count && q.Take(p.Count).SequenceEqual(p)))
            .DistinctBy(p => p[^1].To)
            .Select(p => new TracePath(p))
            .OrderBy(p => TraceRules.Stops(query.Direction, nodes[p.End].Kind) ? 0 : 1)
            .ThenBy(p => p.Steps.Count)
            .ThenBy(p => p.End.ToString(), StringComparer.Ordinal)
            .ToList();
        var named = paths.SelectMany(p => p.Steps.Select(s => s.To)).Append(origin.Id).ToHashSet();
        // A provision is cited with its instrument's title (loaded with it), which a path DOWN may not pass through.
        named.UnionWith(named.Select(id => id.WorkId).ToList());
        return new Trace(query, origin, paths, nodes.Where(n => named.Contains(n.Key)).ToDictionary());
    }

    /// <summary>
    /// The steps out of one node that this direction takes, to nodes in force on the as-of day (a provision only while its
    /// instrument is too), over relations that held then.
    /// </summary>
    private static IEnumerable<TraceStep> Steps(TraceQuery query, NodeId at, IEnumerable<Relation> relations, Dictionary<NodeId, Node> nodes) => relations
        .Where(e => TraceRules.Follows(query.Direction, e, at) && e.Period.Holds(query.AsOf))
        .Select(e => new TraceStep(at, e, e.From == at ? e.To : e.From))
        .Where(s => nodes.TryGetValue(s.To, out var n) && InForce.Of(n, nodes.GetValueOrDefault, query.AsOf).Applies)
        .OrderBy(s => s.To.ToString(), StringComparer.Ordinal);

    /// <summary>The ends of the walk worth reporting: branches that only move through an instrument's structure are dropped.</summary>
    private static IEnumerable<Walk> Ends(TraceDirection direction, Walk walk, Dictionary<NodeId, Node> nodes)
    {
        var below = walk.Children.SelectMany(c => Ends(direction, c, nodes)).ToList();
        if (below.Count > 0 || walk.Step is null) return below;
        return TraceRules.EndsOnStructure(direction, walk.Step.Relation, nodes[walk.At].Kind) ? [] : [walk];
    }

    /// <summary>A node reached by the walk and the step that reached it; together they form a tree of shortest paths.</summary>
    private sealed class Walk(NodeId at, Walk? parent, TraceStep? step)
    {
        public NodeId At => at;
        public TraceStep? Step => step;
        public Walk? Parent => parent;
        public List<Walk> Children { get; } = [];

        public Walk Add(TraceStep next)
        {
            var child = new Walk(next.To, this, next);
            Children.Add(child);
            return child;
        }

        public IReadOnlyList<TraceStep> Path()
        {
            var steps = new List<TraceStep>();
            for (var w = this; w.Step is not null; w = w.Parent!) steps.Add(w.Step);
            steps.Reverse();
            return steps;
        }
    }
}
