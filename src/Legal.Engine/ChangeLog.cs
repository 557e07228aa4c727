using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>
/// Derives the changes in force dates from nodes: provision versions and instrument in-force periods.
/// Every store answers <c>changes</c> through this one derivation.
/// </summary>
public static class ChangeLog
{
    /// <summary>Every change the nodes record, in date order, then by target id (ordinal).</summary>
    public static IReadOnlyList<Change> Of(IEnumerable<Node> nodes, IEnumerable<Relation> relations)
    {
        var repeals = RepealsOf(relations);
        return nodes.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).SelectMany(n => Of(n, repeals))
            .OrderBy(c => c.Date).ThenBy(c => c.Target.ToString(), StringComparer.Ordinal).ToList();
    }

    public static IEnumerable<Change> Of(Node node, IReadOnlyDictionary<NodeId, NodeId> repealedBy)
    {
        for (var i = 0; i < node.Versions.Count; i++)
        {
            var version = node.Versions[i];
            if (version.From is { } from)
            {
                yield return new Change(from, i == 0 ? ChangeKind.Inserted : ChangeKind.Amended, node.Id, version.AmendedBy, version.Summary);
            }
            if (version.Until is { } until && i == node.Versions.Count - 1)
            {
                yield return new Change(until, ChangeKind.Ended, node.Id, null, Bilingual.Empty);
            }
        }
        if (node.InForceFrom is { } commenced) yield return new Change(commenced, ChangeKind.Commenced, node.Id, null, node.Title);
        if (node.InForceUntil is { } ended)
        {
            yield return new Change(ended, ChangeKind.Repealed, node.Id, repealedBy.GetValueOrDefault(node.Id), node.Title);
        }
    }

    /// <summary>Whether a change could fall in the period: a month-precise date overlapping it counts.</summary>
    public static bool Within(Change change, DateOnly since, DateOnly until) => change.Date.Earliest <= until && change.Date.Latest >= since;

    /// <summary>The repealing work for each repealed work, from REPEALS relations (a repealing provision counts for its work).</summary>
    public static IReadOnlyDictionary<NodeId, NodeId> RepealsOf(IEnumerable<Relation> relations) =>
        relations.Where(e => e.Type == RelationKind.Repeals).GroupBy(e => e.To.WorkId).ToDictionary(g => g.Key, g => g.First().From);
}
