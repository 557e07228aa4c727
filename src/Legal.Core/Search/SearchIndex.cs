using System.Text;
using Legal.Core.Corpus;
using Legal.Core.Graph;
using Legal.Core.Ids;
using Legal.Core.Model;
using Legal.Core.Rendering;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Legal.Core.Search;

/// <summary>
/// A Lucene index of every node's titles, aliases, summaries and official text, per language, held in memory.
/// Built once per corpus; searching is thread-safe (a query parser is made per search, as Lucene requires).
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Ranking deeper than this is noise; paging stops there.</summary>
    public const int MaxHits = 1000;
    private const int SnippetBefore = 60;
    private const int SnippetLength = 220;
    private const int PhraseSlop = 2;
    private const float PhraseBoost = 4f;

    // Lucene analyzers keep their token streams per thread, so one instance serves every index and snippet.
    private static readonly LegalAnalyzer _analyzer = new();
    private readonly IndexSearcher _searcher;
    private readonly Node[] _byDoc;

    public SearchIndex(IReadOnlyDictionary<NodeId, Node> nodes)
    {
        var directory = new RAMDirectory();
        // BM25 weighs a long summary against the average length rather than penalising it outright, so an article's
        // summary can compete with a short heading.
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LegalAnalyzer.Version, _analyzer) { Similarity = similarity }))
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
        if (string.IsNullOrWhiteSpace(query.Text)) throw new ArgumentException("'query' must have at least one word");
        Lang[] langs = query.Lang is { } only ? [only] : [Lang.En, Lang.Ar];
        var fields = langs.SelectMany(l => new[] { TitleField(l), TextField(l), ContextField(l) }).ToArray();
        var parser = new MultiFieldQueryParser(LegalAnalyzer.Version, fields, _analyzer, fields.ToDictionary(f => f, FieldBoost))
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
        var matched = _searcher.Search(combined, MaxHits);
        // The words close together, as the reader typed them, rank above the same words scattered. The phrase is scored
        // in a second pass over the hits only, so that common words do not cost a position lookup in every document.
        // (Lucene.Net's rescorer fails on an empty result.)
        if (Terms(query.Text).Count > 1 && matched.ScoreDocs.Length > 0)
        {
            var phrase = parser.Parse($"\"{words.Replace("\\\"", " ")}\"~{PhraseSlop}");
            phrase.Boost = PhraseBoost;
            matched = QueryRescorer.Rescore(_searcher, matched, phrase, 1.0, MaxHits);
        }
        var ranked = matched.ScoreDocs
            .Select(hit => new ScoreDoc(hit.Doc, hit.Score * Weight(_byDoc[hit.Doc])))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc)
            .Select((hit, rank) => (Hit: hit, Rank: rank)).ToList();
        var page = Paging.Slice(ranked, query.First, query.After, r => r.Rank.ToString("D6"));
        var terms = Terms(query.Text);
        var hits = page.Items.Select(r => Hit(r.Hit, fields, terms)).ToList();
        return new Page<SearchHit>(hits, page.TotalCount, page.HasNextPage, page.EndCursor);
    }

    /// <summary>
    /// Readers search for the law first: articles, instruments and duties outrank the parts and chapters that hold
    /// them and the bodies around them, and those outrank the documents that report on them.
    /// </summary>
    private static float Weight(Node node) => node.Kind switch
    {
        NodeKind.Provision when IsDivision(node) => 1.2f,
        NodeKind.Provision or NodeKind.Obligation => 2f,
        _ when node.Kind.IsInstrument() => 2f,
        NodeKind.Institution or NodeKind.Framework or NodeKind.Sector => 1.2f,
        NodeKind.Source => 0.5f,
        _ => 1f,
    };

    private static bool IsDivision(Node provision) => ProvisionHeading.LastLevel(provision.Id.EId!).Element is "part" or "chp" or "sec";

    private SearchHit Hit(ScoreDoc hit, string[] fields, IReadOnlySet<string> terms)
    {
        var doc = _searcher.Doc(hit.Doc);
        var node = _byDoc[hit.Doc];
        // Summaries give more context than titles, so a snippet comes from the text when the words are there.
        var ordered = fields.OrderBy(f => f.StartsWith("title", StringComparison.Ordinal) ? 1 : 0);
        var snippet = ordered.SelectMany(f => doc.GetValues(f)).Select(text => Snippet(text, terms)).FirstOrDefault(s => s is not null);
        return new SearchHit(node, hit.Score, snippet ?? MarkdownRenderer.Escape(node.Title.Prefer(Lang.En)));
    }

    /// <summary>A passage around the first match, with every matched word in bold; null when nothing in the text matches.</summary>
    private static string? Snippet(string text, IReadOnlySet<string> terms)
    {
        var matches = Tokens(text).Where(t => terms.Contains(t.Term)).ToList();
        if (matches.Count == 0) return null;
        var start = Math.Max(0, matches[0].Start - SnippetBefore);
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < matches[0].Start) start = space + 1;
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length && text.LastIndexOf(' ', end) is var last && last > matches[0].End) end = last;
        var snippet = new StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            snippet.Append(MarkdownRenderer.Escape(text[at..match.Start])).Append("**").Append(MarkdownRenderer.Escape(text[match.Start..match.End])).Append("**");
            at = match.End;
        }
        snippet.Append(MarkdownRenderer.Escape(text[at..end])).Append(end < text.Length ? "…" : "");
        return snippet.ToString().ReplaceLineEndings(" ");
    }

    private static HashSet<string> Terms(string text) => Tokens(text).Select(t => t.Term).ToHashSet();

    private static IEnumerable<(string Term, int Start, int End)> Tokens(string text)
    {
        var found = new List<(string, int, int)>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) found.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return found;
    }

    private static float FieldBoost(string field) =>
        field.StartsWith("text", StringComparison.Ordinal) ? 1f : 3f;

    private static Document Document(Node node, IReadOnlyDictionary<NodeId, Node> nodes)
    {
        var doc = new Document
        {
            new StringField("id", node.Id.ToString(), Field.Store.YES),
            new StringField("kind", node.Kind.ToSnakeCase(), Field.Store.NO),
        };
        foreach (var lang in new[] { Lang.En, Lang.Ar })
        {
            // A provision's title already carries its heading ("Article 16 — …"); indexing both would count it twice.
            var titles = new[] { node.Title[lang] }
                .Concat(node.Aliases.Where(a => a.Any(ArabicNormalizer.IsArabic) == (lang == Lang.Ar)));
            foreach (var title in titles.OfType<string>()) doc.Add(new TextField(TitleField(lang), title, Field.Store.YES));
            foreach (var text in Texts(node, lang)) doc.Add(new TextField(TextField(lang), text, Field.Store.YES));
            foreach (var heading in AncestorHeadings(node, nodes, lang)) doc.Add(new TextField(ContextField(lang), heading, Field.Store.NO));
        }
        return doc;
    }

    /// <summary>A node's searchable text in one language, as plain text: summaries, official text, conditions, deadlines.</summary>
    private static IEnumerable<string> Texts(Node node, Lang lang) =>
        new[] { node.Summary[lang], node.OfficialText[lang], node.Conditions[lang], node.Deadline[lang] }
            .Concat(node.Versions.Select(v => v.Summary[lang]))
            .OfType<string>().Distinct().Select(text => Markdig.Markdown.ToPlainText(text).Trim());

    /// <summary>
    /// The passage a hit shows, worked out from the node itself, for a store that ranks with its own index (Neo4j):
    /// the first text with a matched word, else the title, as <see cref="Search"/> shows it.
    /// </summary>
    public static string SnippetOf(Node node, string query, Lang? lang)
    {
        Lang[] langs = lang is { } only ? [only] : [Lang.En, Lang.Ar];
        var terms = Terms(query);
        var texts = langs.SelectMany(l => Texts(node, l)).Concat(langs.Select(l => node.Title[l]).OfType<string>());
        return texts.Select(text => Snippet(text, terms)).FirstOrDefault(s => s is not null) ?? MarkdownRenderer.Escape(node.Title.Prefer(Lang.En));
    }

    /// <summary>
    /// The headings of the parts and chapters above a provision: Kuwaiti articles have no headings of their own,
    /// so "Chapter One — ML and TF offences" is what says Article 3 is about terrorist financing.
    /// </summary>
    private static IEnumerable<string> AncestorHeadings(Node node, IReadOnlyDictionary<NodeId, Node> nodes, Lang lang)
    {
        for (var parent = node.Parent; parent is not null && nodes.TryGetValue(parent, out var above) && above.Kind == NodeKind.Provision; parent = above.Parent)
        {
            if (above.Heading[lang] is { } heading) yield return heading;
        }
    }

    private static string TitleField(Lang lang) => $"title_{lang.Code()}";

    private static string TextField(Lang lang) => $"text_{lang.Code()}";

    private static string ContextField(Lang lang) => $"context_{lang.Code()}";
}
