using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Corpus;

/// <summary>
/// Completes and checks the corpus's time once every file is read. Each fact is stated once and derived elsewhere, or
/// stated in both places and checked to agree:
/// <list type="bullet">
/// <item>an amendment is stated by <c>amended_by</c> on the provision's version; the amending instrument's AMENDS relation to
/// the provision is derived from it, or, when written, must match a version that names it;</item>
/// <item>an instrument without <c>in_force.from</c> commences when the first version it brought in starts, else on an unknown
/// day not before its date (or its earliest claimed date);</item>
/// <item>an instrument repealed by another leaves force when the repealing one commences; a stated <c>in_force.until</c> must agree.</item>
/// </list>
/// </summary>
internal static class TimeLinker
{
    public static (IReadOnlyDictionary<NodeId, Node> Nodes, IReadOnlyList<Relation> Relations) Link(
        IReadOnlyDictionary<NodeId, Node> nodes, IReadOnlyList<Relation> relations, CompileState state)
    {
        var derived = CheckAmendments(nodes, relations, state);
        var brought = nodes.Values.Where(n => n.Kind == NodeKind.Provision)
            .SelectMany(p => p.Versions.Where(v => v.AmendedBy is not null && v.From is not null))
            .ToLookup(v => v.AmendedBy!.WorkId, v => v.From!.Value);
        var started = nodes.Values.ToDictionary(n => n.Id, n => n.Kind == NodeKind.Provision ? n : n with { InForce = n.InForce with { Start = StartOf(n, brought[n.Id]) } });
        var ended = Repeals(started, relations, state);
        foreach (var node in ended.Values) CheckPeriod(node, state);
        CheckVersionsAfterAmender(ended, state);
        return (ended, relations.Concat(derived).ToList());
    }

    /// <summary>The stated start, else the first version the instrument brought in, else an unknown day not before its date.</summary>
    private static TimePoint? StartOf(Node node, IEnumerable<PartialDate> broughtIn)
    {
        if (node.InForce.Start is { } stated) return stated;
        if (node.Kind.IsInstrument() && broughtIn.Order().Select(d => (PartialDate?)d).FirstOrDefault() is { } first) return TimePoint.On(first);
        return LowerBound(node) is { } bound ? TimePoint.NotBeforeDate(bound) : null;
    }

    /// <summary>
    /// The earliest a node can have taken effect: its date, or the earliest date a source claims for it. A standard's
    /// date is that of the revision summarised, not its start, so it gives none.
    /// </summary>
    private static PartialDate? LowerBound(Node node)
    {
        if (node.Kind == NodeKind.Standard) return null;
        if (node.Date is { } date) return date;
        var claimed = node.Claims.Where(c => c.Field == "date").Select(c => PartialDate.TryParse(c.Value, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().ToList();
        return claimed.Count == 0 ? null : claimed.Min();
    }

    private static Dictionary<NodeId, Node> Repeals(Dictionary<NodeId, Node> nodes, IReadOnlyList<Relation> relations, CompileState state)
    {
        foreach (var repeal in relations.Where(r => r.Type == RelationKind.Repeals && !r.To.IsProvision))
        {
            if (!nodes.TryGetValue(repeal.To, out var repealed) || !nodes.TryGetValue(repeal.From.WorkId, out var repealer)) continue;
            var commencement = repealer.InForce.Start;
            if (repealed.InForce.End is { Date: { } until })
            {
                var agrees = commencement switch
                {
                    { Date: { } date } => until.Earliest <= date.Latest && date.Earliest <= until.Latest,
                    { NotBefore: { } earliest } => until.Latest >= earliest.Earliest,
                    _ => true,
                };
                if (!agrees)
                {
                    state.Diagnostics.Error(repeal.Origin,
                        $"'{repealer.Id}' repeals '{repealed.Id}' when it commences ({commencement}), but '{repealed.Id}' states in_force until {until}");
                }
                nodes[repealed.Id] = repealed with { RepealedBy = repealer.Id };
            }
            else
            {
                nodes[repealed.Id] = repealed with { RepealedBy = repealer.Id, InForce = repealed.InForce with { End = commencement } };
            }
        }
        return nodes;
    }

    private static void CheckPeriod(Node node, CompileState state)
    {
        if (node.InForce is { Start: { } start, End: { } end } && end.Latest is { } last && last < start.Earliest)
        {
            state.Diagnostics.Error(state.InForceOrigins.GetValueOrDefault(node.Id, node.Origin), $"'{node.Id}' leaves force ({end}) before it enters it ({start})");
        }
    }

    /// <summary>A version cannot take effect before the instrument that brought it in was made.</summary>
    private static void CheckVersionsAfterAmender(Dictionary<NodeId, Node> nodes, CompileState state)
    {
        foreach (var provision in nodes.Values.Where(n => n.Kind == NodeKind.Provision))
        {
            for (var i = 0; i < provision.Versions.Count; i++)
            {
                var version = provision.Versions[i];
                if (version is not { From: { } from, AmendedBy: { } by } || !nodes.TryGetValue(by.WorkId, out var amender) || LowerBound(amender) is not { } made) continue;
                if (from.Latest < made.Earliest)
                {
                    state.Diagnostics.Error(state.VersionOrigins.GetValueOrDefault((provision.Id, i), provision.Origin),
                        $"version {i + 1} of '{provision.Id}' starts {from}, before '{amender.Id}', which brought it in, was made ({made})");
                }
            }
        }
    }

    /// <summary>
    /// Checks that every AMENDS relation to a provision with versions matches a version naming its instrument in
    /// <c>amended_by</c>, and derives the AMENDS relation for each version whose amending instrument does not state one.
    /// </summary>
    private static List<Relation> CheckAmendments(IReadOnlyDictionary<NodeId, Node> nodes, IReadOnlyList<Relation> relations, CompileState state)
    {
        var stated = relations.Where(r => r.Type == RelationKind.Amends).ToList();
        foreach (var amends in stated.Where(r => r.To.IsProvision))
        {
            if (!nodes.TryGetValue(amends.To, out var provision) || provision.Versions.Count == 0) continue;
            var matching = provision.Versions.Where(v => v.AmendedBy?.WorkId == amends.From.WorkId).ToList();
            if (matching.Count == 0)
            {
                state.Diagnostics.Error(amends.Origin,
                    $"'{amends.From}' amends '{amends.To}', but no version of '{amends.To}' names it in 'amended_by'");
            }
            else if (amends.Since is { } since && matching.All(v => v.From != since))
            {
                state.Diagnostics.Error(amends.Origin,
                    $"'{amends.From}' amends '{amends.To}' from {since}, but the version naming it starts {matching[0].From?.ToString() ?? "with the provision"}");
            }
        }
        var derived = new List<Relation>();
        foreach (var provision in nodes.Values.Where(n => n.Kind == NodeKind.Provision))
        {
            for (var i = 0; i < provision.Versions.Count; i++)
            {
                var version = provision.Versions[i];
                if (version.AmendedBy is not { } by) continue;
                var at = state.VersionOrigins.GetValueOrDefault((provision.Id, i), provision.Origin);
                if (nodes.TryGetValue(by.WorkId, out var amender) && !amender.Kind.IsInstrument())
                {
                    state.Diagnostics.Error(at, $"'amended_by' must name an instrument; '{by}' is a {amender.Kind.ToSnakeCase()}");
                    continue;
                }
                if (stated.Any(r => r.From.WorkId == by.WorkId && r.To == provision.Id) || derived.Any(r => r.From == by.WorkId && r.To == provision.Id)) continue;
                derived.Add(new Relation(by.WorkId, RelationKind.Amends, provision.Id, at) { Sources = version.Sources, Since = version.From });
            }
        }
        return derived;
    }
}
