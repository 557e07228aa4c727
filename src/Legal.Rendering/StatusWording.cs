using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Rendering;

/// <summary>Says what applied on a day and why, in the reader's language: the words for a <see cref="TemporalStatus"/>.</summary>
public static class StatusWording
{
    /// <summary>A date or point in time as readers see it: 2025-06, or "not before 2013-05-08".</summary>
    public static string Point(TimePoint point, Lang lang) =>
        point.Date?.ToString() ?? Phrases.NotBefore.Format(lang, point.NotBefore);

    /// <summary>"In force (uncertain: …)" or "Repealed: the instrument was repealed by …": the label, then the reason when one is worth saying.</summary>
    public static string Describe(TemporalStatus status, Node subject, Lang lang, Func<NodeId, Node?> lookup)
    {
        var label = Phrases.StatusLabel(status.Status, lang);
        var why = Why(status, subject, lang, lookup);
        return why is null ? label : $"{label}{(status.Uncertain ? $" ({Phrases.Uncertain[lang]})" : "")}: {why}";
    }

    /// <summary>Why a node stands as it does on the day; null for a plain, certain IN_FORCE.</summary>
    public static string? Why(TemporalStatus status, Node subject, Lang lang, Func<NodeId, Node?> lookup)
    {
        var own = status.DecidedBy == subject.Id;
        var when = status.Boundary is { } b ? Point(b, lang) : Phrases.DateUnknown[lang];
        return status.Status switch
        {
            InForceStatus.NotYetInForce when subject.Kind == NodeKind.Provision => own ? Phrases.WhyNotYetInserted.Format(lang, when) : Phrases.WhyInstrumentNotYet.Format(lang, when),
            InForceStatus.NotYetInForce => Phrases.WhyNotYet.Format(lang, when),
            InForceStatus.Repealed when subject.Kind == NodeKind.Provision && own => Phrases.WhyEnded.Format(lang, when),
            InForceStatus.Repealed when own => Repeal(status, lang, lookup, when),
            InForceStatus.Repealed => Phrases.WhyInstrumentRepealed.Format(lang, Repeal(status, lang, lookup, when)),
            InForceStatus.Unknown => Phrases.WhyUnknown[lang],
            _ when status.Boundary is { Date: null } => Phrases.WhyStartUnknown.Format(lang, when),
            _ when status.Uncertain => Phrases.WhyStraddles.Format(lang, when),
            _ => null,
        };
    }

    private static string Repeal(TemporalStatus status, Lang lang, Func<NodeId, Node?> lookup, string when) =>
        RepealedBy(status, lang, lookup) is { } by ? Phrases.WhyRepealedBy.Format(lang, by, when) : Phrases.WhyRepealed.Format(lang, when);

    private static string? RepealedBy(TemporalStatus status, Lang lang, Func<NodeId, Node?> lookup) =>
        status.DecidedBy is { } decided && lookup(decided)?.RepealedBy is { } by ? lookup(by)?.Title.Prefer(lang) ?? by.ToString() : null;
}
