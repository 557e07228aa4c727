using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Search;

/// <summary>
/// What each node of a corpus is indexed as, whatever the store: its titles, texts and the headings above it per
/// language, the names of the topics it is <c>about</c>, and the vocabulary's synonyms of the words it uses.
/// Built once per corpus from its nodes and relations; the embedded index and the Neo4j loader both write these.
/// </summary>
public sealed class SearchDocuments
{
    private readonly IReadOnlyDictionary<NodeId, Node> _nodes;
    private readonly ILookup<NodeId, NodeId> _topicsOf;

    public SearchDocuments(IReadOnlyDictionary<NodeId, Node> nodes, IEnumerable<Relation> relations)
    {
        _nodes = nodes;
        Vocabulary = new Vocabulary(nodes.Values);
        _topicsOf = relations
            .Where(r => r.Type == RelationKind.About && nodes.TryGetValue(r.To, out var to) && to.Kind == NodeKind.Topic)
            .ToLookup(r => r.From, r => r.To);
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The node's text for each field; a field may have several texts, or none.</summary>
    public IReadOnlyList<(SearchField Field, string Text)> Of(Node node)
    {
        var texts = new List<(SearchField, string)>();
        foreach (var lang in new[] { Lang.En, Lang.Ar })
        {
            texts.AddRange(SearchPolicy.Titles(node, lang).Select(t => (SearchPolicy.TitleField(lang), t)));
            texts.AddRange(SearchPolicy.Texts(node, lang).Select(t => (SearchPolicy.TextField(lang), t)));
            texts.AddRange(SearchPolicy.AncestorHeadings(node, _nodes, lang).Select(t => (SearchPolicy.ContextField(lang), t)));
        }
        var about = _topicsOf[node.Id].ToList();
        texts.AddRange(Vocabulary.NamesOf(about).Select(name => (SearchField.About, name)));
        // A topic's own names are its titles already; other nodes gain the synonyms of the words they use.
        if (node.Kind != NodeKind.Topic)
        {
            var used = Vocabulary.Used(texts.Where(t => t.Item1 != SearchField.About).Select(t => SearchPolicy.TermList(t.Item2))).Except(about);
            texts.AddRange(Vocabulary.NamesOf(used).Select(name => (SearchField.Synonyms, name)));
        }
        return texts;
    }
}
