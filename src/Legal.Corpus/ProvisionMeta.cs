using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Corpus;

/// <summary>The structured facts of one provision, read from its <c>```meta</c> block.</summary>
internal sealed record ProvisionFacts(
    IReadOnlyList<NodeId> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<VersionDraft> Versions,
    IReadOnlyList<Node> Obligations,
    IReadOnlyList<Relation> ObligationRelations);

/// <summary>A version as written; a version without its own summary takes the provision's current prose.</summary>
internal sealed record VersionDraft(PartialDate? From, PartialDate? Until, NodeId? AmendedBy, Bilingual Summary, IReadOnlyList<NodeId> Sources, Origin Origin)
{
    /// <summary>Whether 'from' was written, even if malformed (then already reported).</summary>
    public bool FromWritten { get; init; }

    /// <summary>Whether 'until' was written, even if malformed (then already reported).</summary>
    public bool UntilWritten { get; init; }
}

internal sealed class ProvisionMeta(YamlFields fields, NodeId provision)
{
    public ProvisionFacts Read()
    {
        var sources = fields.Sources();
        var claims = CorpusFileReader.ReadClaims(fields);
        CorpusFileReader.ReadRelations(fields, provision);
        var versions = fields.Maps("versions").Select(ReadVersion).ToList();
        CheckOrder(versions, fields.Context);
        var obligations = new List<Node>();
        var relations = new List<Relation>();
        foreach (var o in fields.Maps("obligations")) ReadObligation(o, obligations, relations);
        fields.ReportUnknown("a meta block takes sources, relations, claims, versions and obligations");
        return new ProvisionFacts(sources, claims, versions, obligations, relations);
    }

    private static VersionDraft ReadVersion(YamlFields v)
    {
        var draft = new VersionDraft(v.Date("from"), v.Date("until"), v.Ref("amended_by"), new Bilingual(v.String("en"), v.String("ar")), v.Sources(), v.Origin) { FromWritten = v.Has("from"), UntilWritten = v.Has("until") };
        if (!v.Has("from") && !v.Has("until")) v.Context.Error(v.Origin, "a version needs 'from' or 'until' (or both)");
        if (draft.Sources.Count == 0) v.Context.Error(v.Origin, "missing source: a version needs 'sources' for its dates and wording");
        if (draft is { From: { } from, Until: { } until } && until.Earliest <= from.Latest && until.CompareTo(from) <= 0)
        {
            v.Context.Error(v.Origin, $"a version's 'until' ({until}) must come after its 'from' ({from})");
        }
        v.ReportUnknown();
        return draft;
    }

    /// <summary>Versions follow one another in time: each starts no earlier than the one before ends, and only the last may be open.</summary>
    private static void CheckOrder(IReadOnlyList<VersionDraft> versions, FileContext file)
    {
        for (var i = 1; i < versions.Count; i++)
        {
            var (before, after) = (versions[i - 1], versions[i]);
            // A date written but malformed is reported where it is; comparing without it would only add noise.
            if (after.From is not { } from)
            {
                if (!after.FromWritten) file.Error(after.Origin, $"version {i + 1} needs 'from': only the first version may start with the provision");
            }
            else if (before.From is { } earlier && from.CompareTo(earlier) < 0)
            {
                file.Error(after.Origin, $"versions out of order: version {i + 1} starts {from}, before version {i} ({earlier}); list them oldest first");
            }
            else if (before.Until is not { } until)
            {
                if (!before.UntilWritten) file.Error(before.Origin, $"overlapping versions: version {i} has no 'until' but version {i + 1} starts {from}; give 'until: {from}'");
            }
            else if (from.CompareTo(until) < 0)
            {
                file.Error(after.Origin, $"overlapping versions: version {i + 1} starts {from}, before version {i} ends ({until})");
            }
        }
    }

    /// <summary>An obligation, prohibition or permission the provision lays down, with whom it binds and who supervises it.</summary>
    private void ReadObligation(YamlFields o, List<Node> obligations, List<Relation> relations)
    {
        var id = o.Id("id");
        var deonticText = o.String("deontic");
        Deontic? deontic = deonticText is not null && Naming.TryParseSnakeCase<Deontic>(deonticText, out var d) ? d : null;
        if (deonticText is null) o.Context.Error(o.Origin, "an obligation needs 'deontic' (obligation, prohibition or permission)");
        else if (deontic is null) o.Context.Error(o.Take("deontic")!, $"unknown deontic type '{deonticText}' (known: obligation, prohibition, permission)");
        var action = o.Bilingual("action");
        if (action.IsEmpty) o.Context.Error(o.Origin, "an obligation needs 'action' {en: …, ar: …}");
        var binds = o.Refs("binds");
        if (binds.Count == 0) o.Context.Error(o.Origin, "an obligation needs 'binds': who is bound");
        var supervisors = o.Refs("supervisor");
        var penalty = o.Ref("penalty");
        var node = id is null ? null : new Node(id, NodeKind.Obligation, o.Origin)
        {
            Title = action,
            Deontic = deontic,
            Conditions = o.Bilingual("conditions"),
            Deadline = o.Bilingual("deadline"),
            Sources = o.Sources(),
        };
        o.ReportUnknown();
        if (node is null)
        {
            if (!o.Has("id")) o.Context.Error(o.Origin, "an obligation needs 'id', such as obligation/kw/report-suspicious-transactions");
            return;
        }
        obligations.Add(node);
        relations.Add(new Relation(provision, RelationKind.Imposes, node.Id, o.Origin));
        relations.AddRange(binds.Select(b => new Relation(node.Id, RelationKind.Binds, b, o.Origin)));
        relations.AddRange(supervisors.Select(s => new Relation(node.Id, RelationKind.SupervisedBy, s, o.Origin)));
        if (penalty is not null) relations.Add(new Relation(node.Id, RelationKind.PenalisedBy, penalty, o.Origin));
    }
}
