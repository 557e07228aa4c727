using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// Who supervises which sector, as the law and its regulations designate it: <c>supervises</c> relations from a body to
/// a sector, each naming the provision that makes it so. A group with no designation of its own (financial institutions)
/// is supervised, part by part, by the bodies designated for its parts. This is the one place the rule is written.
/// </summary>
public sealed class SupervisorDesignations
{
    private static readonly HashSet<RelationKind> PartOf = [RelationKind.PartOf];
    private static readonly HashSet<RelationKind> Supervises = [RelationKind.Supervises];

    private readonly ILookup<NodeId, Relation> _designated;
    private readonly ILookup<NodeId, NodeId> _parts;

    private SupervisorDesignations(ILookup<NodeId, Relation> designated, ILookup<NodeId, NodeId> parts) => (_designated, _parts) = (designated, parts);

    /// <summary>Loads the designations for the given sectors and every sector below them: one batched call per level, then one.</summary>
    public static async Task<SupervisorDesignations> LoadAsync(ILegalGraph graph, IReadOnlyCollection<NodeId> sectors, DateOnly? asOf, CancellationToken ct)
    {
        var seen = sectors.ToHashSet();
        var parts = new List<Relation>();
        for (var frontier = sectors.ToList(); frontier.Count > 0;)
        {
            var below = await graph.RelationsAsync(frontier, Direction.In, PartOf, ct);
            parts.AddRange(below);
            frontier = below.Select(e => e.From).Where(seen.Add).ToList();
        }
        var designations = (await graph.RelationsAsync(seen, Direction.In, Supervises, ct))
            .Where(e => e.Basis is not null && (asOf is not { } day || e.Period.Holds(day)));
        return new SupervisorDesignations(designations.ToLookup(e => e.To), parts.ToLookup(e => e.To, e => e.From));
    }

    /// <summary>The designations that make bodies supervisors of a sector, ordered by body then sector; empty when none is known.</summary>
    public IReadOnlyList<Relation> For(NodeId sector) => For(sector, []).OrderBy(e => e.From.ToString(), StringComparer.Ordinal)
        .ThenBy(e => e.To.ToString(), StringComparer.Ordinal).ToList();

    /// <summary>The designations for every sector given, without repeats.</summary>
    public IReadOnlyList<Relation> For(IEnumerable<NodeId> sectors) => sectors.SelectMany(s => For(s)).Distinct()
        .OrderBy(e => e.From.ToString(), StringComparer.Ordinal).ThenBy(e => e.To.ToString(), StringComparer.Ordinal).ToList();

    private IEnumerable<Relation> For(NodeId sector, HashSet<NodeId> visited)
    {
        if (!visited.Add(sector)) return [];
        var own = _designated[sector].ToList();
        return own.Count > 0 ? own : _parts[sector].SelectMany(part => For(part, visited)).ToList();
    }
}
