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
internal sealed record VersionDraft(PartialDate? From, PartialDate? Until, NodeId? AmendedBy, Bilingual Summary, IReadOnlyList<NodeId> Sources);

internal sealed class ProvisionMeta(YamlFields fields, NodeId provision)
{
    public ProvisionFacts Read()
    {
        var sources = fields.Sources();
        var claims = CorpusFileReader.ReadClaims(fields);
        CorpusFileReader.ReadRelations(fields, provision);
        var versions = fields.Maps("versions").Select(ReadVersion).ToList();
        var obligations = new List<Node>();
        var relations = new List<Relation>();
        foreach (var o in fields.Maps("obligations")) ReadObligation(o, obligations, relations);
        fields.ReportUnknown("a meta block takes sources, relations, claims, versions and obligations");
        return new ProvisionFacts(sources, claims, versions, obligations, relations);
    }

    private static VersionDraft ReadVersion(YamlFields v)
    {
        var draft = new VersionDraft(v.Date("from"), v.Date("until"), v.Ref("amended_by"), new Bilingual(v.String("en"), v.String("ar")), v.Sources());
        if (!v.Has("from") && !v.Has("until")) v.Context.Error(v.Origin, "a version needs 'from' or 'until' (or both)");
        v.ReportUnknown();
        return draft;
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
