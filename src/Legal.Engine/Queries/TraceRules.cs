using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>Which relations a trace follows, and which way, in each direction; and where a walk stops.</summary>
internal static class TraceRules
{
    // UP: from a duty to what imposes it, from a body to what establishes, designates or empowers it, from a provision to
    // its instrument, and from a national text to what it carries out.
    private static readonly Dictionary<RelationKind, bool> Up = new()
    {
        [RelationKind.Imposes] = false,
        [RelationKind.Establishes] = false,
        [RelationKind.Designates] = false,
        [RelationKind.Empowers] = false,
        [RelationKind.PartOf] = true,
        [RelationKind.Implements] = true,
        [RelationKind.GivesEffectTo] = true,
        [RelationKind.MapsTo] = true,
        [RelationKind.Amends] = true,
    };

    // DOWN: from a source to what carries it out, into its provisions, and out to the duties and bodies they create.
    private static readonly Dictionary<RelationKind, bool> Down = new()
    {
        [RelationKind.Implements] = false,
        [RelationKind.GivesEffectTo] = false,
        [RelationKind.MapsTo] = false,
        [RelationKind.PartOf] = false,
        [RelationKind.Imposes] = true,
        [RelationKind.Establishes] = true,
        [RelationKind.Designates] = true,
        [RelationKind.Empowers] = true,
        [RelationKind.Supervises] = true,
    };

    public static IReadOnlySet<RelationKind> Types(TraceDirection direction) => Rules(direction).Keys.ToHashSet();

    /// <summary>Whether walking from <paramref name="at"/> along <paramref name="relation"/> is a step this direction takes.</summary>
    public static bool Follows(TraceDirection direction, Relation relation, NodeId at) =>
        Rules(direction).TryGetValue(relation.Type, out var forward) && (forward ? relation.From == at : relation.To == at);

    /// <summary>Where a walk ends: UP at an international source, DOWN at the bodies and duties that carry the law out.</summary>
    public static bool Stops(TraceDirection direction, NodeKind kind) => direction == TraceDirection.Up
        ? kind is NodeKind.UnResolution or NodeKind.Standard
        : kind is NodeKind.Institution or NodeKind.Framework or NodeKind.Obligation;

    /// <summary>
    /// Whether a path ending with this step ends on mere structure: DOWN inside an instrument's contents, or UP at a part or
    /// chapter short of the instrument (reached there because the instrument was already reached another way).
    /// Such a path is worth showing only when it leads further.
    /// </summary>
    public static bool EndsOnStructure(TraceDirection direction, Relation last, NodeKind end) =>
        last.Type == RelationKind.PartOf && (direction == TraceDirection.Down || !end.IsInstrument());

    /// <summary>
    /// The path without a tail that only climbs from a provision to its own instrument (Article 12 to its chapter, part
    /// and Law 106): that is document structure, not a legal basis, and the provision's citation already names the law.
    /// Empty when the whole path is such a climb.
    /// </summary>
    public static IReadOnlyList<TraceStep> WithoutClimbToOwnInstrument(IReadOnlyList<TraceStep> steps)
    {
        var climb = steps.Count;
        while (climb > 0 && steps[climb - 1].Relation.Type == RelationKind.PartOf) climb--;
        if (climb == steps.Count) return steps;
        var start = climb == 0 ? steps[0].From : steps[climb - 1].To;
        return start.IsProvision && steps[^1].To == start.WorkId ? steps.Take(climb).ToList() : steps;
    }

    private static Dictionary<RelationKind, bool> Rules(TraceDirection direction) => direction == TraceDirection.Up ? Up : Down;
}
