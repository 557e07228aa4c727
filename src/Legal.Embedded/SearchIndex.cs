using Legal.Engine;
using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Legal.Embedded;

/// <summary>
/// A Lucene index of every node as <see cref="SearchDocuments"/> describes it, held in memory, ranked by
/// <see cref="SearchPolicy"/> and ordered by <see cref="SearchOrder"/>. Built once per corpus; searching is thread-safe.
/// </summary>
public sealed class SearchIndex
{
    private readonly IndexSearcher _searcher;
    private readonly Node[] _byDoc;
    private readonly IReadOnlyDictionary<NodeId, Node> _nodes;
    private readonly ReferenceExtractor _references;
    private readonly Filter _withoutTopics;
    private readonly ILookup<NodeId, NodeId> _carriedOutBy;

    public SearchIndex(IReadOnlyDictionary<NodeId, Node> nodes, IEnumerable<Relation> relations, ReferenceExtractor references)
    {
        _nodes = nodes;
        _references = references;
        var all = relations.ToList();
        _carriedOutBy = all.Where(r => SearchOrder.CarryingOut.Contains(r.Type)).ToLookup(r => r.To, r => r.From);
        relations = all;
        var documents = new SearchDocuments(nodes, relations);
        var directory = new RAMDirectory();
        var similarity = new CoverageSimilarity();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LegalAnalyzer.Version, SearchPolicy.Analyzer) { Similarity = similarity }))
        {
            // In id order: ties in score are broken by document number, which must not depend on hash codes.
            foreach (var node in nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal)) writer.AddDocument(Document(node, documents));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(reader) { Similarity = similarity };
        // Each hit's node, by Lucene document number, read once here rather than from stored fields on every search.
        _byDoc = Enumerable.Range(0, reader.MaxDoc).Select(doc => nodes[NodeId.Parse(reader.Document(doc).Get("id"))]).ToArray();
        _withoutTopics = new CachingWrapperFilter(new QueryWrapperFilter(new BooleanQuery
        {
            { new MatchAllDocsQuery(), Occur.MUST },
            { new TermQuery(new Term("kind", NodeKind.Topic.ToSnakeCase())), Occur.MUST_NOT },
        }));
    }

    public Page<SearchHit> Search(SearchQuery query)
    {
        SearchPolicy.Words(query.Text);
        var analysed = AnalysedQuery.Of(query.Text);
        var cited = _references.Cited(query.Text).Where(id => _nodes.TryGetValue(id, out var n) && SearchOrder.Admits(n.Kind, query.Kinds)).ToList();
        var ranked = SearchOrder.Rank(Matches(analysed, query).Select(hit => (_byDoc[hit.Doc].Id, _byDoc[hit.Doc].Kind, hit.Score)), cited, id => _carriedOutBy[id])
            .Select((hit, rank) => (Node: _nodes[hit.Id], hit.Score, Rank: rank)).ToList();
        var page = Paging.Slice(ranked, query.First, query.After, r => r.Rank.ToString("D6"));
        return page.Select(r => new SearchHit(r.Node, r.Score, SearchPolicy.Passage(r.Node, analysed.Highlighted, query.Lang)));
    }

    /// <summary>
    /// Any of the words, in any of the language's fields, the coverage bonus applied by the similarity; then the words
    /// close together, as typed, add the phrase's score.
    /// </summary>
    private ScoreDoc[] Matches(AnalysedQuery analysed, SearchQuery query)
    {
        if (analysed.Terms.Count == 0) return [];
        var fields = SearchPolicy.Fields(query.Lang);
        var anyTerm = new BooleanQuery(disableCoord: false);
        foreach (var term in analysed.Terms)
        {
            var inAnyField = new BooleanQuery(disableCoord: true);
            foreach (var field in fields) inAnyField.Add(new TermQuery(new Term(SearchPolicy.FieldName(field), term)) { Boost = SearchPolicy.Boost(field) }, Occur.SHOULD);
            anyTerm.Add(inAnyField, Occur.SHOULD);
        }
        var filter = KindFilter(query.Kinds);
        var matched = _searcher.Search(anyTerm, filter, SearchPolicy.MaxHits);
        if (analysed.Phrase.Count < 2 || matched.ScoreDocs.Length == 0) return matched.ScoreDocs;
        var phrase = new BooleanQuery(disableCoord: true);
        foreach (var field in fields)
        {
            var inField = new PhraseQuery { Slop = SearchPolicy.PhraseSlop, Boost = SearchPolicy.Boost(field) * SearchPolicy.PhraseBoost };
            foreach (var (term, position) in analysed.Phrase) inField.Add(new Term(SearchPolicy.FieldName(field), term), position);
            phrase.Add(inField, Occur.SHOULD);
        }
        // Lucene.Net's QueryRescorer fails where a segment has no phrase scorer, so the phrase scores are added here;
        // a phrase needs every word, so only documents with all of them are read for positions.
        var bonus = _searcher.Search(phrase, filter, SearchPolicy.MaxHits).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        return matched.ScoreDocs.Select(d => new ScoreDoc(d.Doc, d.Score + bonus.GetValueOrDefault(d.Doc))).ToArray();
    }

    private Filter KindFilter(IReadOnlySet<NodeKind>? kinds)
    {
        if (kinds is not { Count: > 0 }) return _withoutTopics;
        var ofKind = new BooleanQuery();
        foreach (var kind in kinds) ofKind.Add(new TermQuery(new Term("kind", kind.ToSnakeCase())), Occur.SHOULD);
        return new QueryWrapperFilter(ofKind);
    }

    private static Document Document(Node node, SearchDocuments documents)
    {
        var doc = new Document
        {
            new StringField("id", node.Id.ToString(), Field.Store.YES),
            new StringField("kind", node.Kind.ToSnakeCase(), Field.Store.NO),
        };
        foreach (var (field, text) in documents.Of(node)) doc.Add(new TextField(SearchPolicy.FieldName(field), text, Field.Store.NO));
        return doc;
    }

    /// <summary>
    /// BM25, which weighs a long summary against the average length rather than penalising it outright, with
    /// <see cref="SearchPolicy.Coverage"/> as Lucene's coordination factor: the share of the reader's words a node matches.
    /// </summary>
    private sealed class CoverageSimilarity : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => SearchPolicy.Coverage(overlap, maxOverlap);
    }
}
