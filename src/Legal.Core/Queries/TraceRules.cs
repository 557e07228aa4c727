using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Core.Queries;

/// <summary>Which relations a trace follows, and which way, in each direction; and where a walk stops.</summary>
internal static class TraceRules
{
    // UP: from a duty to what imposes it, from a provision to its instrument, and from a national text to what it carries out.
    private static readonly Dictionary<EdgeType, bool> Up = new()
    {
        [EdgeType.Imposes] = false,
        [EdgeType.PartOf] = true,
        [EdgeType.Implements] = true,
        [EdgeType.GivesEffectTo] = true,
        [EdgeType.MapsTo] = true,
        [EdgeType.Amends] = true,
    };

    // DOWN: from a source to what carries it out, into its provisions, and out to the duties and bodies they create.
    private static readonly Dictionary<EdgeType, bool> Down = new()
    {
        [EdgeType.Implements] = false,
        [EdgeType.GivesEffectTo] = false,
        [EdgeType.MapsTo] = false,
        [EdgeType.PartOf] = false,
        [EdgeType.Imposes] = true,
        [EdgeType.Establishes] = true,
        [EdgeType.Designates] = true,
        [EdgeType.Empowers] = true,
        [EdgeType.Supervises] = true,
    };

    public static IReadOnlySet<EdgeType> Types(TraceDirection direction) => Rules(direction).Keys.ToHashSet();

    /// <summary>Whether walking from <paramref name="at"/> along <paramref name="edge"/> is a step this direction takes.</summary>
    public static bool Follows(TraceDirection direction, Edge edge, NodeId at) =>
        Rules(direction).TryGetValue(edge.Type, out var forward) && (forward ? edge.From == at : edge.To == at);

    /// <summary>Where a walk ends: UP at an international source, DOWN at the bodies and duties that carry the law out.</summary>
    public static bool Stops(TraceDirection direction, NodeKind kind) => direction == TraceDirection.Up
        ? kind is NodeKind.UnResolution or NodeKind.Standard
        : kind is NodeKind.Institution or NodeKind.Framework or NodeKind.Obligation;

    /// <summary>
    /// Whether a path ending with this step ends on mere structure: DOWN inside an instrument's contents, or UP at a part or
    /// chapter short of the instrument (reached there because the instrument was already reached another way).
    /// Such a path is worth showing only when it leads further.
    /// </summary>
    public static bool EndsOnStructure(TraceDirection direction, Edge last, NodeKind end) =>
        last.Type == EdgeType.PartOf && (direction == TraceDirection.Down || !end.IsInstrument());

    private static Dictionary<EdgeType, bool> Rules(TraceDirection direction) => direction == TraceDirection.Up ? Up : Down;
}
