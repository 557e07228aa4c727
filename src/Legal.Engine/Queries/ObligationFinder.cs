using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Engine.Queries;

/// <summary>
/// Answers <see cref="ObligationQuery"/> over any store, in a fixed number of batched calls per sector level. For a
/// subject, each duty says which group it came through (banks are bound as financial institutions, or as persons) and
/// is supervised by the bodies designated for that subject; without one, by those designated for each sector it binds.
/// </summary>
public sealed class ObligationFinder(ILegalGraph graph)
{
    private static readonly HashSet<RelationKind> PartOf = [RelationKind.PartOf];
    private static readonly HashSet<RelationKind> Binds = [RelationKind.Binds];
    private static readonly HashSet<RelationKind> Context = [RelationKind.Imposes, RelationKind.Binds, RelationKind.About];
    private static readonly HashSet<RelationKind> About = [RelationKind.About];

    public async Task<Page<ObligationMatch>> FindAsync(ObligationQuery query, CancellationToken ct = default)
    {
        var groups = query.Subject is { } subject ? await GroupsOfAsync(subject, ct) : null;
        var candidates = groups is null ? await AllAsync(ct) : await BindingAsync(groups.Keys, ct);
        var obligations = (await graph.GetManyAsync(candidates, ct)).Values
            .Where(o => o.Kind == NodeKind.Obligation && (query.Deontic is null || (o.Deontic ?? Model.Deontic.Obligation) == query.Deontic))
            .ToList();
        var relations = await graph.RelationsAsync(obligations.Select(o => o.Id).ToList(), Direction.Both, Context, ct);
        var related = relations.Where(e => e.Type != RelationKind.Imposes).ToLookup(e => (e.From, e.Type), e => e.To);
        var bases = relations.Where(e => e.Type == RelationKind.Imposes).ToLookup(e => e.To, e => e.From);
        var provisionIds = bases.SelectMany(b => b).ToHashSet();
        // Provisions and their instruments: a duty applies only while both have effect.
        var provisions = await graph.GetManyAsync(provisionIds.SelectMany(p => new[] { p, p.WorkId }).ToHashSet(), ct);
        // A topic applies through the obligation itself or through the provision that imposes it.
        var topical = query.Topic is null ? [] : (await graph.RelationsAsync(provisionIds, Direction.Out, About, ct))
            .Where(e => e.To == query.Topic).Select(e => e.From).ToHashSet();
        var boundSectors = relations.Where(e => e.Type == RelationKind.Binds).Select(e => e.To).ToHashSet();
        var designations = await SupervisorDesignations.LoadAsync(graph, query.Subject is { } s ? [s] : boundSectors, query.AsOf, ct);
        bool InEffect(NodeId provision, DateOnly day) => provisions.GetValueOrDefault(provision) is { } p && InForce.Of(p, provisions.GetValueOrDefault, day).Applies;
        var matching = obligations
            .Where(o => (query.Topic is null || related[(o.Id, RelationKind.About)].Contains(query.Topic) || bases[o.Id].Any(topical.Contains)) &&
                (query.AsOf is not { } day || bases[o.Id].Any(p => InEffect(p, day))))
            .Select(o => Match(o, related[(o.Id, RelationKind.Binds)], query.Subject, groups, designations))
            .Where(m => query.Supervisor is null || m.Supervisors.Contains(query.Supervisor))
            .OrderBy(m => m.Obligation.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        return Paging.Slice(matching, query.First, query.After, m => m.Obligation.Id.ToString());
    }

    /// <summary>Who supervises an obligation outside any subject: the bodies designated for each sector it binds.</summary>
    public async Task<IReadOnlyList<Relation>> SupervisionAsync(NodeId obligation, DateOnly? asOf, CancellationToken ct = default)
    {
        var binds = (await graph.RelationsAsync([obligation], Direction.Out, Binds, ct)).Select(e => e.To).ToList();
        return (await SupervisorDesignations.LoadAsync(graph, binds, asOf, ct)).For(binds);
    }

    private static ObligationMatch Match(Node obligation, IEnumerable<NodeId> binds, NodeId? subject,
        IReadOnlyDictionary<NodeId, int>? groups, SupervisorDesignations designations)
    {
        if (subject is null || groups is null) return new ObligationMatch(obligation, null, designations.For(binds));
        // The nearest group wins: a duty binding both banks and all persons binds a bank as a bank.
        var boundAs = binds.Where(groups.ContainsKey).OrderBy(b => groups[b]).ThenBy(b => b.ToString(), StringComparer.Ordinal).First();
        return new ObligationMatch(obligation, boundAs, designations.For(subject));
    }

    /// <summary>The subject and every group above it, each with its distance (the subject is 0): one batched call per level of PART_OF.</summary>
    private async Task<Dictionary<NodeId, int>> GroupsOfAsync(NodeId subject, CancellationToken ct)
    {
        var groups = new Dictionary<NodeId, int> { [subject] = 0 };
        for (var (frontier, level) = (new List<NodeId> { subject }, 1); frontier.Count > 0; level++)
        {
            var broader = await graph.RelationsAsync(frontier, Direction.Out, PartOf, ct);
            frontier = broader.Select(e => e.To).Where(g => groups.TryAdd(g, level)).ToList();
        }
        return groups;
    }

    private async Task<HashSet<NodeId>> BindingAsync(IReadOnlyCollection<NodeId> groups, CancellationToken ct) =>
        (await graph.RelationsAsync(groups, Direction.In, Binds, ct)).Select(e => e.From).ToHashSet();

    private async Task<HashSet<NodeId>> AllAsync(CancellationToken ct)
    {
        var all = new HashSet<NodeId>();
        var kinds = new HashSet<NodeKind> { NodeKind.Obligation };
        for (string? after = null; ;)
        {
            var page = await graph.ListAsync(new NodeQuery(kinds, First: Paging.MaxPageSize, After: after), ct);
            all.UnionWith(page.Items.Select(n => n.Id));
            if (!page.HasNextPage) return all;
            after = page.EndCursor;
        }
    }
}
