using System.Collections.Frozen;
using Legal.Corpus;
using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Engine;

namespace Legal.Embedded;

/// <summary>The in-process store: the compiled corpus held in memory with adjacency indexes, so that nothing needs a server.</summary>
public sealed class EmbeddedGraph : ILegalGraph
{
    private readonly LegalCorpus _corpus;
    private readonly FrozenDictionary<NodeId, Relation[]> _outgoing;
    private readonly FrozenDictionary<NodeId, Relation[]> _incoming;
    private readonly Node[] _ordered;
    // Built once per corpus, on first use or by Warm(): a reload makes a new graph and so a new index.
    private readonly Lazy<SearchIndex> _search;
    private readonly Lazy<ReferenceExtractor> _references;
    private readonly Change[] _changes;

    public EmbeddedGraph(LegalCorpus corpus)
    {
        _corpus = corpus;
        _outgoing = corpus.Relations.GroupBy(e => e.From).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _incoming = corpus.Relations.GroupBy(e => e.To).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _ordered = corpus.Nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).ToArray();
        _references = new Lazy<ReferenceExtractor>(() => new ReferenceExtractor(corpus.Nodes.Values));
        _search = new Lazy<SearchIndex>(() => new SearchIndex(corpus.Nodes, corpus.Relations, _references.Value));
        _changes = Timeline.Of(_ordered).ToArray();
    }

    private static readonly IReadOnlyDictionary<NodeId, Node> Empty = new Dictionary<NodeId, Node>();

    public LegalCorpus Corpus => _corpus;

    /// <summary>Builds the search index and the reference matcher now, so that no reader waits for them.</summary>
    public EmbeddedGraph Warm()
    {
        _ = _search.Value;
        _ = _references.Value;
        return this;
    }

    public Task<IReadOnlyDictionary<NodeId, Node>> GetManyAsync(IReadOnlyCollection<NodeId> ids, CancellationToken ct = default)
    {
        if (ids.Count == 1)
        {
            // The commonest call (one node by id), without the general path's allocations.
            var id = ids.First();
            IReadOnlyDictionary<NodeId, Node> one = _corpus.Nodes.TryGetValue(id, out var node) ? new Dictionary<NodeId, Node>(1) { [id] = node } : Empty;
            return Task.FromResult(one);
        }
        // In id order, so that a caller enumerating the answer gets the same order in every process.
        IReadOnlyDictionary<NodeId, Node> found = ids.Distinct()
            .Select(id => _corpus.Nodes.GetValueOrDefault(id))
            .OfType<Node>()
            .OrderBy(n => n.Id.ToString(), StringComparer.Ordinal)
            .ToDictionary(n => n.Id);
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Relation>> RelationsAsync(IReadOnlyCollection<NodeId> ids, Direction direction, IReadOnlySet<RelationKind>? types = null, CancellationToken ct = default)
    {
        IEnumerable<Relation> Side(FrozenDictionary<NodeId, Relation[]> index) => ids.Distinct().SelectMany(id => index.GetValueOrDefault(id) ?? []);
        var relations = direction switch
        {
            Direction.Out => Side(_outgoing),
            Direction.In => Side(_incoming),
            _ => Side(_outgoing).Concat(Side(_incoming)),
        };
        IReadOnlyList<Relation> result = relations.Where(e => types is null || types.Contains(e.Type)).ToList();
        return Task.FromResult(result);
    }

    public Task<Page<Node>> ListAsync(NodeQuery query, CancellationToken ct = default)
    {
        var matching = _ordered.Where(n =>
            (query.Kinds is null || query.Kinds.Contains(n.Kind)) &&
            (query.Jurisdiction is null || string.Equals(n.Jurisdiction, query.Jurisdiction, StringComparison.OrdinalIgnoreCase))).ToList();
        return Task.FromResult(Paging.Slice(matching, query.First, query.After, n => n.Id.ToString()));
    }

    public Task<IReadOnlyList<Dispute>> DisputesAsync(CancellationToken ct = default) => Task.FromResult(_corpus.Disputes);

    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => Task.FromResult(_search.Value.Search(query));

    public Task<IReadOnlyList<Reference>> ExtractReferencesAsync(string text, CancellationToken ct = default) => Task.FromResult(_references.Value.Extract(text));

    public Task<IReadOnlyList<Citation>> CitationsAsync(string text, CancellationToken ct = default) => Task.FromResult(_references.Value.Cite(text));

    public Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default)
    {
        IReadOnlyList<Change> found = _changes.Where(c => Timeline.Within(c, since, until)).ToList();
        return Task.FromResult(found);
    }
}
