using System.Text.RegularExpressions;

namespace Legal.Model.Ids;

/// <summary>
/// A stable, human-readable node identifier: a work path such as <c>kw/law/2013/106</c> or <c>org/tftc</c>,
/// optionally followed by an Akoma Ntoso eId for a provision, as in <c>kw/law/2013/106#art_16__para_2</c>.
/// </summary>
public sealed partial record NodeId
{
    private NodeId(string work, EId? eId) => (Work, EId) = (work, eId);

    /// <summary>The work part, before any <c>#</c>.</summary>
    public string Work { get; }

    /// <summary>The provision's Akoma Ntoso eId, or null when this id names a whole work.</summary>
    public EId? EId { get; }

    public bool IsProvision => EId is not null;

    /// <summary>The id of the work this id belongs to (itself when it names a work).</summary>
    public NodeId WorkId => EId is null ? this : new NodeId(Work, null);

    /// <summary>The first segment of the work path, which names the id's namespace (kw, un, org, src …).</summary>
    public string Namespace => Work[..Work.IndexOf('/')];

    public static NodeId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException(
            $"'{text}' is not a node id: expected a path such as kw/law/2013/106 or org/tftc, optionally with #art_16__para_2");

    public static bool TryParse(string? text, out NodeId id)
    {
        id = null!;
        if (string.IsNullOrEmpty(text)) return false;
        var hash = text.IndexOf('#');
        var work = hash < 0 ? text : text[..hash];
        if (!WorkPattern().IsMatch(work)) return false;
        EId? eId = null;
        if (hash >= 0 && !Ids.EId.TryParse(text[(hash + 1)..], out eId)) return false;
        id = new NodeId(work, eId);
        return true;
    }

    /// <summary>The id of a provision of this work, given its eId.</summary>
    public NodeId Provision(EId eId) => new(Work, eId);

    /// <summary>The id of a provision of this work, given its eId as text (<c>art_16__para_2</c>).</summary>
    public NodeId Provision(string eId) => Provision(Ids.EId.Parse(eId));

    /// <summary>
    /// A link target as the corpus writes it: a node id, or <c>#art_16</c> for a provision of the same work as
    /// <paramref name="from"/>. Null when it is neither.
    /// </summary>
    public static NodeId? ResolveTarget(string? target, NodeId from) =>
        target is null ? null
        : target.StartsWith('#') ? (Ids.EId.TryParse(target[1..], out var eId) ? from.WorkId.Provision(eId) : null)
        : TryParse(target, out var id) ? id : null;

    public override string ToString() => EId is null ? Work : $"{Work}#{EId}";

    [GeneratedRegex(@"^[a-z][a-z0-9]*(/[a-z0-9][a-z0-9.\-]*)+$")]
    private static partial Regex WorkPattern();
}
