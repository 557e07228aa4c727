using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>Assembles a file's node and its provisions as the body's blocks are read in order.</summary>
internal sealed class BodyBuilder(Node owner)
{
    private sealed class Draft(NodeId id, int level, Bilingual heading, Origin origin, NodeId parent, int order)
    {
        public NodeId Id => id;
        public int Level => level;
        public Bilingual Heading => heading;
        public Origin Origin => origin;
        public NodeId Parent => parent;
        public int Order => order;
        public ProvisionFacts? Facts { get; set; }
        public Dictionary<string, string> Prose { get; } = [];
    }

    private readonly List<Draft> _provisions = [];
    private readonly Stack<Draft> _open = new();
    private readonly Dictionary<string, string> _ownerProse = [];
    private readonly List<Relation> _links = [];
    private Draft? _current;

    public Node Owner => owner;

    public Node? Current => _current is null ? null : new Node(_current.Id, NodeKind.Provision, _current.Origin);

    public bool HasMeta => _current?.Facts is not null;

    public void OpenProvision(int level, EId eId, Bilingual heading, Origin at, FileContext file)
    {
        while (_open.TryPeek(out var top) && top.Level >= level) _open.Pop();
        var parent = _open.TryPeek(out var p) ? p : null;
        if (eId.Parent is { } enclosing && parent?.Id.EId != enclosing)
        {
            file.Error(at, $"'{eId}' must sit under the heading of '{enclosing}', one level up");
        }
        _current = new Draft(owner.Id.Provision(eId), level, heading, at, parent?.Id ?? owner.Id, _provisions.Count);
        _provisions.Add(_current);
        _open.Push(_current);
    }

    public void SetMeta(ProvisionFacts facts) => _current!.Facts = facts;

    public bool SetProse(string block, string markdown) => (_current?.Prose ?? _ownerProse).TryAdd(block, markdown);

    /// <summary>A link becomes one relation, even when both language blocks make it.</summary>
    public void Link(RelationKind type, NodeId target, Origin at)
    {
        var from = _current?.Id ?? owner.Id;
        if (!_links.Any(e => e.From == from && e.Type == type && e.To == target)) _links.Add(new Relation(from, type, target, at));
    }

    public void Finish(CompileState state)
    {
        state.Nodes.Add(owner with
        {
            Summary = ProseOf(_ownerProse, "en", "ar"),
            OfficialText = ProseOf(_ownerProse, "text-en", "text-ar"),
        });
        foreach (var draft in _provisions) state.Nodes.Add(Provision(draft, state));
        foreach (var link in _links) state.Add(link);
    }

    private static Node Provision(Draft draft, CompileState state)
    {
        var facts = draft.Facts;
        var summary = ProseOf(draft.Prose, "en", "ar");
        foreach (var obligation in facts?.Obligations ?? []) state.Nodes.Add(obligation);
        foreach (var relation in facts?.ObligationRelations ?? []) state.Add(relation);
        state.Add(new Relation(draft.Id, RelationKind.PartOf, draft.Parent, draft.Origin));
        return new Node(draft.Id, NodeKind.Provision, draft.Origin)
        {
            Title = ProvisionHeading.Title(draft.Id.EId!, draft.Heading),
            Heading = draft.Heading,
            Parent = draft.Parent,
            Order = draft.Order,
            Summary = summary,
            OfficialText = ProseOf(draft.Prose, "text-en", "text-ar"),
            Sources = facts?.Sources ?? [],
            Claims = facts?.Claims ?? [],
            Versions = facts?.Versions.Select(v => new ProvisionVersion(
                v.From, v.Until, v.AmendedBy, v.Summary.IsEmpty ? summary : v.Summary, v.Sources)).ToList() ?? [],
        };
    }

    private static Bilingual ProseOf(Dictionary<string, string> prose, string en, string ar) =>
        new(prose.GetValueOrDefault(en), prose.GetValueOrDefault(ar));
}
