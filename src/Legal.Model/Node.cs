using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>
/// One node of the graph, as compiled from the corpus. Immutable: a new corpus makes new nodes.
/// Fields that do not apply to a kind stay empty.
/// </summary>
public sealed record Node(NodeId Id, NodeKind Kind, Origin Origin)
{
    public Bilingual Title { get; init; } = Bilingual.Empty;
    /// <summary>Our own summary, as Markdown whose links name node ids.</summary>
    public Bilingual Summary { get; init; } = Bilingual.Empty;
    /// <summary>The official wording; empty in the shipped corpus, filled by a deployment from its licensed copy.</summary>
    public Bilingual OfficialText { get; init; } = Bilingual.Empty;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<NodeId> Sources { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public string? Number { get; init; }
    public string? Jurisdiction { get; init; }
    /// <summary>Issue date of an instrument, founding date of a body, start of an event.</summary>
    public PartialDate? Date { get; init; }
    public PartialDate? EndDate { get; init; }
    /// <summary>
    /// When it was in force, as compiled: the stated <c>in_force</c> dates, else a commencement derived from the versions it
    /// brought in, a repeal from the instrument repealing it, and a start not before its date. See <see cref="Time.InForce"/>.
    /// </summary>
    public Period InForce { get; init; } = Period.Unknown;
    /// <summary>For a repealed instrument: the instrument that repealed it.</summary>
    public NodeId? RepealedBy { get; init; }
    /// <summary>For an instrument: the day up to which amendments are known to be applied to its text (Laws.Africa's as_at_date).</summary>
    public PartialDate? KnownUpTo { get; init; }
    public Bilingual Place { get; init; } = Bilingual.Empty;
    public IReadOnlyDictionary<string, Figure> Figures { get; init; } = new Dictionary<string, Figure>();
    /// <summary>An evaluation's ratings by standard, where a source gives them.</summary>
    public IReadOnlyList<Rating> Ratings { get; init; } = [];
    /// <summary>An action plan's items, such as those set when a country is listed for increased monitoring.</summary>
    public IReadOnlyList<ActionItem> ActionPlan { get; init; } = [];

    // Provisions
    public NodeId? Parent { get; init; }
    /// <summary>Position among the instrument's provisions, in document order.</summary>
    public int Order { get; init; }
    public Bilingual Heading { get; init; } = Bilingual.Empty;
    public IReadOnlyList<ProvisionVersion> Versions { get; init; } = [];

    // Obligations
    public Deontic? Deontic { get; init; }
    public Bilingual Conditions { get; init; } = Bilingual.Empty;
    public Bilingual Deadline { get; init; } = Bilingual.Empty;

    // Sources
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public SourceKind? SourceKind { get; init; }
    /// <summary>How far the source can be relied on; every source has one.</summary>
    public SourceGrade? Grade { get; init; }
}
