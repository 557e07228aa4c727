using Legal.Core.Corpus;
using Legal.Core.Model;
using Legal.Neo4j.Mapping;
using Legal.Neo4j.QueryApi;

namespace Legal.Neo4j.Cypher;

/// <summary>
/// A statement shape and the rows it writes. The loader sends the rows as <c>$rows</c>;
/// the exported script writes them into the statement as a literal list.
/// </summary>
public sealed record WriteBatch(Func<string, string> Shape, IReadOnlyList<Dictionary<string, object?>> Rows)
{
    public Statement ToStatement() => new Statement(Shape(WriteStatements.Rows)).With("rows", Rows);

    public string ToScript() => Shape(CypherLiteral.Of(Rows));
}

/// <summary>What writing a corpus to Neo4j takes: nodes first (grouped by kind), then relationships (grouped by type).</summary>
public sealed class CorpusWrites
{
    /// <summary>Big enough to keep round trips few, small enough to keep each request body to a few megabytes.</summary>
    public const int LoadBatchSize = 10_000;

    private readonly List<(NodeKind Kind, Dictionary<string, object?> Props)> _nodes;
    private readonly List<(EdgeType Type, Dictionary<string, object?> Row)> _edges;

    /// <summary>Each node's kind and properties, ordered by id.</summary>
    public IReadOnlyList<(NodeKind Kind, Dictionary<string, object?> Props)> Nodes => _nodes;

    /// <summary>Each relationship's type and its row: <c>from</c>, <c>to</c> and <c>props</c>, in the corpus's order.</summary>
    public IReadOnlyList<(EdgeType Type, Dictionary<string, object?> Row)> Edges => _edges;

    public CorpusWrites(LegalCorpus corpus)
    {
        _nodes = corpus.Nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).Select(n => (n.Kind, NodeProperties.From(n))).ToList();
        var seen = new Dictionary<(string, EdgeType, string), int>();
        _edges = corpus.Edges.Select((e, seq) =>
        {
            var triple = (e.From.ToString(), e.Type, e.To.ToString());
            var occurrence = seen[triple] = seen.GetValueOrDefault(triple, -1) + 1;
            var row = new Dictionary<string, object?> { ["from"] = triple.Item1, ["to"] = triple.Item3, ["props"] = EdgeProperties.From(e, seq, occurrence) };
            return (e.Type, row);
        }).ToList();
    }

    public IReadOnlyList<string> NodeIds => _nodes.Select(n => (string)n.Props[NodeProperties.Id]!).ToList();

    public IReadOnlyList<string> EdgeKeys => _edges.Select(e => (string)((Dictionary<string, object?>)e.Row["props"]!)[EdgeProperties.Key]!).ToList();

    public int RowCount => _nodes.Count + _edges.Count;

    public IEnumerable<WriteBatch> Batches(int size) =>
        _nodes.GroupBy(n => n.Kind)
            .SelectMany(g => g.Chunk(size).Select(chunk => new WriteBatch(rows => WriteStatements.MergeNodes(g.Key, rows), chunk.Select(n => n.Props).ToList())))
            .Concat(_edges.GroupBy(e => e.Type)
                .SelectMany(g => g.Chunk(size).Select(chunk => new WriteBatch(rows => WriteStatements.MergeEdges(g.Key, rows), chunk.Select(e => e.Row).ToList()))));
}
