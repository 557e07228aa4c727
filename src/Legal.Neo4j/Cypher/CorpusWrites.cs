using Legal.Corpus;
using Legal.Engine.Search;
using Legal.Model.Ids;
using Legal.Model;
using Legal.Neo4j.Mapping;

namespace Legal.Neo4j.Cypher;

/// <summary>What writing a corpus to Neo4j takes: nodes first (grouped by kind), then relationships (grouped by type).</summary>
public sealed class CorpusWrites
{
    /// <summary>Big enough to keep round trips few, small enough to keep each request body to a few megabytes.</summary>
    public const int LoadBatchSize = 10_000;

    private readonly List<NodeWrite> _nodes;
    private readonly List<RelationWrite> _relations;

    /// <summary>The nodes, ordered by id.</summary>
    public IReadOnlyList<NodeWrite> Nodes => _nodes;

    /// <summary>The relationships, in the corpus's order.</summary>
    public IReadOnlyList<RelationWrite> Relations => _relations;

    public CorpusWrites(LegalCorpus corpus)
    {
        var search = new SearchDocuments(corpus.Nodes, corpus.Relations);
        _nodes = corpus.Nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal)
            .Select(n => new NodeWrite(n.Kind, NodeProperties.From(n).Concat(SearchProperties.From(search, n)).ToDictionary(p => p.Key, p => p.Value))).ToList();
        var seen = new Dictionary<(NodeId, RelationKind, NodeId), int>();
        _relations = corpus.Relations.Select((e, seq) =>
        {
            var occurrence = seen[(e.From, e.Type, e.To)] = seen.GetValueOrDefault((e.From, e.Type, e.To), -1) + 1;
            return new RelationWrite(e.Type, e.From.ToString(), e.To.ToString(), RelationProperties.From(e, seq, occurrence));
        }).ToList();
    }

    public IReadOnlyList<string> NodeIds => _nodes.Select(n => (string)n.Props[NodeProperties.Id]!).ToList();

    public IReadOnlyList<string> RelationKeys => _relations.Select(e => (string)e.Props[RelationProperties.Key]!).ToList();

    public int RowCount => _nodes.Count + _relations.Count;

    public IEnumerable<WriteBatch> Batches(int size) =>
        _nodes.GroupBy(n => n.Kind)
            .SelectMany(g => g.Chunk(size).Select(chunk => new WriteBatch(rows => WriteStatements.MergeNodes(g.Key, rows), chunk.Select(n => n.Props).ToList())))
            .Concat(_relations.GroupBy(e => e.Type)
                .SelectMany(g => g.Chunk(size).Select(chunk => new WriteBatch(rows => WriteStatements.MergeRelations(g.Key, rows), chunk.Select(e => e.Row()).ToList()))));
}
