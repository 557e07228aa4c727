using System.Text.RegularExpressions;

namespace Legal.Core.Ids;

/// <summary>
/// A stable, human-readable node identifier: a work path such as <c>kw/law/2013/106</c> or <c>org/tftc</c>,
/// optionally followed by an Akoma Ntoso eId for a provision, as in <c>kw/law/2013/106#art_16__para_2</c>.
/// </summary>
public sealed partial record NodeId
{
    private NodeId(string work, string? eId) => (Work, EId) = (work, eId);

    /// <summary>The work part, before any <c>#</c>.</summary>
    public string Work { get; }

    /// <summary>The provision's Akoma Ntoso eId, or null when this id names a whole work.</summary>
    public string? EId { get; }

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
        var eId = hash < 0 ? null : text[(hash + 1)..];
        if (!WorkPattern().IsMatch(work)) return false;
        if (eId is not null && !EIdPattern().IsMatch(eId)) return false;
        id = new NodeId(work, eId);
        return true;
    }

    /// <summary>The id of a provision of this work, given its eId.</summary>
    public NodeId Provision(string eId) =>
        EIdPattern().IsMatch(eId) ? new NodeId(Work, eId) : throw new FormatException($"'{eId}' is not an Akoma Ntoso eId such as art_16__para_2");

    public static bool IsEId(string text) => EIdPattern().IsMatch(text);

    public override string ToString() => EId is null ? Work : $"{Work}#{EId}";

    [GeneratedRegex(@"^[a-z][a-z0-9]*(/[a-z0-9][a-z0-9.\-]*)+$")]
    private static partial Regex WorkPattern();

    // Akoma Ntoso naming convention: element prefix, underscore, number; nested levels joined by "__".
    [GeneratedRegex(@"^[a-z]+_[0-9a-z]+(__[a-z]+_[0-9a-z]+)*$")]
    private static partial Regex EIdPattern();
}
