using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>A typed, sourced relation between two nodes, optionally limited to a period and qualified by a role.</summary>
public sealed record Relation(NodeId From, RelationKind Type, NodeId To, Origin Origin)
{
    public IReadOnlyList<NodeId> Sources { get; init; } = [];
    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }
    /// <summary>The day a source shows the relation held, when no period is known.</summary>
    public PartialDate? AsOf { get; init; }
    public Bilingual Role { get; init; } = Bilingual.Empty;
    public string? Note { get; init; }
    /// <summary>For MAPS_TO: how fully the provision carries out the standard (implements, partly_implements).</summary>
    public string? Extent { get; init; }
    /// <summary>Set when the relation is the team's own assessment rather than a source's: its review status (draft, reviewed).</summary>
    public string? TeamAssessment { get; init; }
    /// <summary>The provision that makes the relation hold, such as the article designating a sector's supervisor.</summary>
    public NodeId? Basis { get; init; }

    /// <summary>When the relation held; an unknown start counts as held, as an unknown end is open.</summary>
    public Period Period => Period.Of(Since, Until);
}
