using Legal.Model;

namespace Legal.Engine.References;

/// <summary>
/// Finds the instruments, resolutions, institutions and frameworks a pasted text names, by number and year or by name.
/// Built once per corpus from its nodes (any store can build one); extracting is thread-safe.
/// </summary>
public sealed class ReferenceExtractor
{
    private readonly NameMatcher _names;
    private readonly InstrumentNumbers _numbers;

    public ReferenceExtractor(IEnumerable<Node> nodes)
    {
        var named = nodes.Where(n => n.Kind.IsInstrument() || n.Kind is NodeKind.Institution or NodeKind.Framework).ToList();
        _names = new NameMatcher(named);
        _numbers = new InstrumentNumbers(named);
    }

    /// <summary>References in reading order; where two overlap, the one starting first wins, then the longer.</summary>
    public IReadOnlyList<Reference> Extract(string text)
    {
        var words = Word.Split(text);
        var found = NumberedCitations.Match(text, words, _numbers).Concat(_names.Match(text, words))
            .OrderBy(r => r.Start).ThenByDescending(r => r.End);
        var kept = new List<Reference>();
        foreach (var reference in found)
        {
            if (kept.Count == 0 || reference.Start >= kept[^1].End) kept.Add(reference);
        }
        return kept;
    }
}
