using Legal.Model;
using Legal.Model.Ids;
using Lucene.Net.Analysis.TokenAttributes;

namespace Legal.Engine.Search;

/// <summary>
/// How Legal searches, whatever the store: what text of a node is searched, how it is analysed (<see cref="LegalAnalyzer"/>),
/// how fields and kinds weigh, and how a hit's passage is cut and marked. Each store indexes and ranks through this policy.
/// </summary>
public static class SearchPolicy
{
    /// <summary>Ranking deeper than this is noise; paging stops there.</summary>
    public const int MaxHits = 1000;

    /// <summary>Titles and aliases weigh this much more than a node's text.</summary>
    public const float TitleBoost = 3f;

    /// <summary>How far apart the words may be and still count as the reader's phrase, and how much the phrase adds.</summary>
    public const int PhraseSlop = 2;
    public const float PhraseBoost = 4f;

    /// <summary>Why a search without a word is refused.</summary>
    public const string NoWords = "a search needs at least one word";

    /// <summary>
    /// The most words a search reads. Each word is a clause of the query (Lucene allows 1,024 in one query, in either
    /// store), and no reader's question needs more than a sentence.
    /// </summary>
    public const int MaxWords = 64;

    /// <summary>The longest search text read, in characters.</summary>
    public const int MaxLength = 1_000;

    /// <summary>The words of a search, refused (as an argument error, naming the limit) when there are none or too many.</summary>
    public static string[] Words(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException(NoWords);
        if (words.Length > MaxWords) throw new ArgumentException($"a search reads at most {MaxWords} words; this one has {words.Length:N0}");
        if (text.Length > MaxLength) throw new ArgumentException($"a search reads at most {MaxLength:N0} characters; this one has {text.Length:N0}");
        return words;
    }

    private const int SnippetBefore = 60;
    private const int SnippetLength = 220;

    /// <summary>The one analyzer: Lucene keeps its token streams per thread, so a single instance serves every caller.</summary>
    public static LegalAnalyzer Analyzer { get; } = new();

    /// <summary>
    /// Readers search for the law first: articles, instruments and duties outrank the parts and chapters that hold
    /// them and the bodies around them, and those outrank the documents that report on them.
    /// </summary>
    public static float Weight(Node node) => Weight(node.Id, node.Kind);

    /// <inheritdoc cref="Weight(Node)"/>
    /// <remarks>
    /// The national rule ranks above the standard it carries out: a Kuwaiti article outranks the FATF Recommendation
    /// or Security Council resolution it gives effect to when both match alike.
    /// </remarks>
    public static float Weight(NodeId id, NodeKind kind) => (kind switch
    {
        // A part or chapter holds the answer rather than giving it; a duty restates the provision that imposes it.
        NodeKind.Provision when id.EId!.Last.IsDivision => 0.8f,
        NodeKind.Provision => 2f,
        NodeKind.Obligation => 1.5f,
        NodeKind.Standard or NodeKind.UnResolution => 1.5f,
        // A supervisor's instructions apply the law and its regulations: the provisions they carry out answer first.
        NodeKind.RegulatoryInstruction => 1.5f,
        _ when kind.IsInstrument() => 2f,
        NodeKind.Institution or NodeKind.Framework or NodeKind.Sector => 1.2f,
        NodeKind.Topic => 0.8f,
        NodeKind.Source => 0.3f,
        _ => 1f,
    }) * (IsNational(id) ? NationalBoost : 1f);

    /// <summary>How much a Kuwaiti instrument, provision or duty weighs above an international one.</summary>
    public const float NationalBoost = 1.5f;

    /// <summary>A node's jurisdiction, or that of the instrument or duty its id belongs to (kw/law/2013/106#art_3 is KW).</summary>
    public static string? Jurisdiction(Node node) => node.Jurisdiction ?? node.Id.Work.Split('/') switch
    {
        ["kw", ..] or ["obligation", "kw", ..] => "KW",
        ["un", ..] => "UN",
        ["fatf", ..] => "FATF",
        _ => null,
    };

    /// <summary>Whether the id is of a Kuwaiti instrument (kw/…), one of its provisions, or a Kuwaiti duty.</summary>
    private static bool IsNational(NodeId id) =>
        id.Work.StartsWith("kw/", StringComparison.Ordinal) || id.Work.StartsWith("obligation/kw/", StringComparison.Ordinal);

    /// <summary>How much a match in each field counts: the topic a node is about most, then titles, texts, synonyms.</summary>
    public static float Boost(SearchField field) => field switch
    {
        SearchField.About => AboutBoost,
        SearchField.TitleEn or SearchField.TitleAr => TitleBoost,
        SearchField.ContextEn or SearchField.ContextAr => 1f,
        SearchField.Synonyms => 0.6f,
        _ => 1f,
    };

    /// <summary>A node about a topic answers for that topic's name above the nodes that merely mention it.</summary>
    public const float AboutBoost = 6f;

    /// <summary>The fields a search in a language reads (both languages when none is given).</summary>
    public static IReadOnlyList<SearchField> Fields(Lang? lang) => lang switch
    {
        Lang.En => [SearchField.TitleEn, SearchField.TextEn, SearchField.ContextEn, SearchField.About, SearchField.Synonyms],
        Lang.Ar => [SearchField.TitleAr, SearchField.TextAr, SearchField.ContextAr, SearchField.About, SearchField.Synonyms],
        _ => Enum.GetValues<SearchField>(),
    };

    /// <summary>A field's name in an index: title_en, text_ar, about …</summary>
    public static string FieldName(SearchField field) => field switch
    {
        SearchField.TitleEn => "title_en", SearchField.TitleAr => "title_ar",
        SearchField.TextEn => "text_en", SearchField.TextAr => "text_ar",
        SearchField.ContextEn => "context_en", SearchField.ContextAr => "context_ar",
        SearchField.About => "about",
        _ => "synonyms",
    };

    public static SearchField TitleField(Lang lang) => lang == Lang.Ar ? SearchField.TitleAr : SearchField.TitleEn;

    public static SearchField TextField(Lang lang) => lang == Lang.Ar ? SearchField.TextAr : SearchField.TextEn;

    public static SearchField ContextField(Lang lang) => lang == Lang.Ar ? SearchField.ContextAr : SearchField.ContextEn;

    /// <summary>
    /// The strong bonus for matching more of the reader's words: a node with every word scores in full, one with half
    /// of them a quarter. Every store multiplies its text score by this, so partial queries still answer, best first.
    /// </summary>
    public static float Coverage(int matched, int of) => of <= 0 ? 1f : MathF.Pow((float)matched / of, 2);

    /// <summary>A node's titles in one language: its title and the aliases written in that language's script.</summary>
    public static IEnumerable<string> Titles(Node node, Lang lang) =>
        // A provision's title already carries its heading ("Article 16 — …"); adding the heading would count it twice.
        new[] { node.Title[lang] }.Concat(node.Aliases.Where(a => a.Any(ArabicNormalizer.IsArabic) == (lang == Lang.Ar))).OfType<string>();

    /// <summary>A node's searchable text in one language, as plain text: summaries, official text, conditions, deadlines.</summary>
    public static IEnumerable<string> Texts(Node node, Lang lang) =>
        new[] { node.Summary[lang], node.OfficialText[lang], node.Conditions[lang], node.Deadline[lang] }
            .Concat(node.Versions.Select(v => v.Summary[lang]))
            .OfType<string>().Distinct().Select(text => Markdig.Markdown.ToPlainText(text).Trim());

    /// <summary>
    /// The headings of the parts and chapters above a provision: Kuwaiti articles have no headings of their own,
    /// so "Chapter One — ML and TF offences" is what says Article 3 is about terrorist financing.
    /// </summary>
    public static IEnumerable<string> AncestorHeadings(Node node, IReadOnlyDictionary<NodeId, Node> nodes, Lang lang)
    {
        for (var parent = node.Parent; parent is not null && nodes.TryGetValue(parent, out var above) && above.Kind == NodeKind.Provision; parent = above.Parent)
        {
            if (above.Heading[lang] is { } heading) yield return heading;
        }
    }

    /// <summary>The analysed terms of a text, as the index holds them.</summary>
    public static IReadOnlySet<string> Terms(string text) => Tokens(text).Select(t => t.Term).ToHashSet();

    /// <summary>The analysed terms of a text in order, repeats kept, as an index holds its positions.</summary>
    public static IReadOnlyList<string> TermList(string text) => Tokens(text).Select(t => t.Term).ToList();

    /// <summary>The analysed terms of a text with the words they came from, in order.</summary>
    public static IReadOnlyList<(string Term, string Word)> TermsWithWords(string text) => Tokens(text).Select(t => (t.Term, text[t.Start..t.End])).ToList();

    /// <summary>
    /// The passage a hit shows: from the first text with a matched word (summaries give more context than titles),
    /// else the title, in the languages searched.
    /// </summary>
    public static Snippet Passage(Node node, IReadOnlySet<string> terms, Lang? lang)
    {
        Lang[] langs = lang is { } only ? [only] : [Lang.En, Lang.Ar];
        var texts = langs.SelectMany(l => Texts(node, l).Select(text => (Text: text, Lang: l)))
            .Concat(langs.SelectMany(l => Titles(node, l).Select(text => (Text: text, Lang: l))));
        return texts.Select(t => Cut(t.Text, t.Lang, terms)).FirstOrDefault(s => s is not null)
            ?? new Snippet(node.Title.Prefer(Lang.En) ?? node.Id.ToString(), [], node.Title.En is null ? Lang.Ar : Lang.En);
    }

    /// <summary>A passage around the first match, with every matched word as a span; null when nothing in the text matches.</summary>
    private static Snippet? Cut(string text, Lang lang, IReadOnlySet<string> terms)
    {
        var matches = Tokens(text).Where(t => terms.Contains(t.Term)).ToList();
        if (matches.Count == 0) return null;
        var start = Math.Max(0, matches[0].Start - SnippetBefore);
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < matches[0].Start) start = space + 1;
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length && text.LastIndexOf(' ', end) is var last && last > matches[0].End) end = last;
        var spans = matches.Where(m => m.Start >= start && m.End <= end).Select(m => new TextSpan(m.Start - start, m.End - start)).ToList();
        return new Snippet(Flatten(text[start..end]), spans, lang, start > 0, end < text.Length);
    }

    /// <summary>Each line-break character as a space, one for one, so the spans still fit.</summary>
    private static string Flatten(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++) chars[i] = source[i] is '\r' or '\n' ? ' ' : source[i];
    });

    private static IEnumerable<(string Term, int Start, int End)> Tokens(string text)
    {
        var found = new List<(string, int, int)>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) found.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return found;
    }
}
