using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>Answers <see cref="ObligationQuery"/> over any store, in a fixed number of batched calls per sector level.</summary>
public sealed class ObligationFinder(ILegalGraph graph)
{
    private static readonly HashSet<RelationKind> PartOf = [RelationKind.PartOf];
    private static readonly HashSet<RelationKind> Binds = [RelationKind.Binds];
    private static readonly HashSet<RelationKind> Context = [RelationKind.Imposes, RelationKind.SupervisedBy, RelationKind.About];
    private static readonly HashSet<RelationKind> About = [RelationKind.About];

    public async Task<Page<Node>> FindAsync(ObligationQuery query, CancellationToken ct = default)
    {
        var candidates = query.Subject is { } subject ? await BindingAsync(subject, ct) : await AllAsync(ct);
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
        bool InEffect(NodeId provision, DateOnly day) => new[] { provision, provision.WorkId }.All(id => provisions.GetValueOrDefault(id)?.HasEffectOn(day) == true);
        var matching = obligations.Where(o =>
                (query.Supervisor is null || related[(o.Id, RelationKind.SupervisedBy)].Contains(query.Supervisor)) &&
                (query.Topic is null || related[(o.Id, RelationKind.About)].Contains(query.Topic) || bases[o.Id].Any(topical.Contains)) &&
                (query.AsOf is not { } day || bases[o.Id].Any(p => InEffect(p, day))))
            .OrderBy(o => o.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        return Paging.Slice(matching, query.First, query.After, o => o.Id.ToString());
    }

    /// <summary>Obligations binding the subject or any sector above it: one batched call per level of PART_OF.</summary>
    private async Task<HashSet<NodeId>> BindingAsync(NodeId subject, CancellationToken ct)
    {
        var subjects = new HashSet<NodeId> { subject };
        var frontier = new List<NodeId> { subject };
        while (frontier.Count > 0)
        {
            var broader = await graph.RelationsAsync(frontier, Direction.Out, PartOf, ct);
            frontier = broader.Select(e => e.To).Where(subjects.Add).ToList();
        }
        var bound = await graph.RelationsAsync(subjects, Direction.In, Binds, ct);
        return bound.Select(e => e.From).ToHashSet();
    }

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
