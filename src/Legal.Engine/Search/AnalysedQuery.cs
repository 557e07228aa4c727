namespace Legal.Engine.Search;

/// <summary>
/// A reader's query as every store ranks it: its analysed terms without the stop words of a question (kept when the
/// query has nothing else), each once, and the same terms at their positions for the phrase bonus.
/// </summary>
public sealed class AnalysedQuery
{
    private AnalysedQuery(IReadOnlyList<string> terms, IReadOnlyList<(string Term, int Position)> phrase) => (Terms, Phrase) = (terms, phrase);

    /// <summary>The distinct terms to match, in the order typed.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The terms at their positions in the query, stop words leaving gaps, for matching as a phrase.</summary>
    public IReadOnlyList<(string Term, int Position)> Phrase { get; }

    /// <summary>The terms a hit's passage marks.</summary>
    public IReadOnlySet<string> Highlighted => Terms.ToHashSet(StringComparer.Ordinal);

    public static AnalysedQuery Of(string text)
    {
        var tokens = SearchPolicy.TermsWithWords(text).Select((t, position) => (t.Term, t.Word, Position: position)).ToList();
        var content = tokens.Where(t => !StopWords.Contains(t.Word)).ToList();
        if (content.Count == 0) content = tokens;
        return new AnalysedQuery(content.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList(), content.Select(t => (t.Term, t.Position)).ToList());
    }
}
