using Legal.Engine.Search;
using Legal.Model;

namespace Legal.Neo4j.Mapping;

/// <summary>
/// A node's search fields as Neo4j properties, written at load: each field's text already analysed by the shared
/// <see cref="LegalAnalyzer"/> (folded, stemmed, synonyms from the vocabulary added), its terms joined by spaces,
/// so a full-text index with the <c>whitespace</c> analyzer holds exactly the terms the embedded index holds.
/// </summary>
public static class SearchProperties
{
    /// <summary>The property a search field is stored in: searchTitleEn, searchAbout ….</summary>
    public static string Key(SearchField field) => "search" + field;

    public static IEnumerable<string> Keys => Enum.GetValues<SearchField>().Select(Key);

    public static Dictionary<string, object?> From(SearchDocuments documents, Node node) =>
        documents.Of(node).GroupBy(t => t.Field)
            .ToDictionary(g => Key(g.Key), g => (object?)string.Join(' ', g.SelectMany(t => SearchPolicy.TermList(t.Text))));
}
