using Legal.Engine;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Legal.Embedded;

/// <summary>
/// A Lucene index of every node's titles, aliases, summaries and official text, per language, held in memory.
/// Built once per corpus; searching is thread-safe (a query parser is made per search, as Lucene requires).
/// </summary>
public sealed class SearchIndex
{
    private static readonly LegalAnalyzer Analyzer = SearchPolicy.Analyzer;
    private readonly IndexSearcher _searcher;
    private readonly Node[] _byDoc;

    public SearchIndex(IReadOnlyDictionary<NodeId, Node> nodes)
    {
        var directory = new RAMDirectory();
        // BM25 weighs a long summary against the average length rather than penalising it outright, so an article's
        // summary can compete with a short heading.
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LegalAnalyzer.Version, Analyzer) { Similarity = similarity }))
        {
            foreach (var node in nodes.Values) writer.AddDocument(Document(node, nodes));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(reader) { Similarity = similarity };
        // Each hit's node, by Lucene document number, read once here rather than from stored fields on every search.
        _byDoc = Enumerable.Range(0, reader.MaxDoc).Select(doc => nodes[NodeId.Parse(reader.Document(doc).Get("id"))]).ToArray();
    }

    public Page<SearchHit> Search(SearchQuery query)
    {
        SearchPolicy.Words(query.Text);
        Lang[] langs = query.Lang is { } only ? [only] : [Lang.En, Lang.Ar];
        var fields = langs.SelectMany(l => new[] { TitleField(l), TextField(l), ContextField(l) }).ToArray();
        var parser = new MultiFieldQueryParser(LegalAnalyzer.Version, fields, Analyzer, fields.ToDictionary(f => f, FieldBoost))
        {
            DefaultOperator = Operator.AND,
        };
        // Lower-casing first keeps AND, OR and NOT as words; escaping keeps every other character literal.
        var words = QueryParserBase.Escape(query.Text.ToLowerInvariant());
        var combined = new BooleanQuery { { parser.Parse(words), Occur.MUST } };
        if (query.Kinds is { Count: > 0 } kinds)
        {
            var ofKind = new BooleanQuery();
            foreach (var kind in kinds) ofKind.Add(new TermQuery(new Term("kind", kind.ToSnakeCase())), Occur.SHOULD);
            combined.Add(ofKind, Occur.MUST);
        }
        var matched = _searcher.Search(combined, SearchPolicy.MaxHits);
        // The words close together, as the reader typed them, rank above the same words scattered. The phrase is scored
        // in a second pass over the hits only, so that common words do not cost a position lookup in every document.
        // (Lucene.Net's rescorer fails on an empty result.)
        if (SearchPolicy.Terms(query.Text).Count > 1 && matched.ScoreDocs.Length > 0)
        {
            var phrase = parser.Parse($"\"{words.Replace("\\\"", " ")}\"~{SearchPolicy.PhraseSlop}");
            phrase.Boost = SearchPolicy.PhraseBoost;
            matched = QueryRescorer.Rescore(_searcher, matched, phrase, 1.0, SearchPolicy.MaxHits);
        }
        var ranked = matched.ScoreDocs
            .Select(hit => new ScoreDoc(hit.Doc, hit.Score * SearchPolicy.Weight(_byDoc[hit.Doc])))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc)
            .Select((hit, rank) => (Hit: hit, Rank: rank)).ToList();
        var page = Paging.Slice(ranked, query.First, query.After, r => r.Rank.ToString("D6"));
        var terms = SearchPolicy.Terms(query.Text);
        var hits = page.Items.Select(r => new SearchHit(_byDoc[r.Hit.Doc], r.Hit.Score, SearchPolicy.Passage(_byDoc[r.Hit.Doc], terms, query.Lang))).ToList();
        return new Page<SearchHit>(hits, page.TotalCount, page.HasNextPage, page.EndCursor);
    }

    private static float FieldBoost(string field) =>
        field.StartsWith("text", StringComparison.Ordinal) ? 1f : SearchPolicy.TitleBoost;

    private static Document Document(Node node, IReadOnlyDictionary<NodeId, Node> nodes)
    {
        var doc = new Document
        {
            new StringField("id", node.Id.ToString(), Field.Store.YES),
            new StringField("kind", node.Kind.ToSnakeCase(), Field.Store.NO),
        };
        foreach (var lang in new[] { Lang.En, Lang.Ar })
        {
            foreach (var title in SearchPolicy.Titles(node, lang)) doc.Add(new TextField(TitleField(lang), title, Field.Store.NO));
            foreach (var text in SearchPolicy.Texts(node, lang)) doc.Add(new TextField(TextField(lang), text, Field.Store.NO));
            foreach (var heading in SearchPolicy.AncestorHeadings(node, nodes, lang)) doc.Add(new TextField(ContextField(lang), heading, Field.Store.NO));
        }
        return doc;
    }

    private static string TitleField(Lang lang) => $"title_{lang.Code()}";

    private static string TextField(Lang lang) => $"text_{lang.Code()}";

    private static string ContextField(Lang lang) => $"context_{lang.Code()}";
}
