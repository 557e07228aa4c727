using System.Text.RegularExpressions;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>
/// Finds nodes named in a text by title or alias, word by word through a trie of folded names, so the cost grows with
/// the text, not with the number of names. A name shared by two nodes links neither; acronyms match in their own case.
/// </summary>
internal sealed partial class NameMatcher
{
    private readonly Branch _root = new();

    public NameMatcher(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            foreach (var name in Names(node)) Add(name, node.Id);
        }
    }

    /// <summary>Every name at every word, longest first at each position; overlaps are for the caller to settle.</summary>
    public IEnumerable<Reference> Match(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (form, skip) in Proclitics.Forms(words[i].Folded))
            {
                if (Longest(text, words, i, form) is not ({ } target, var last)) continue;
                var start = words[i].Start + skip;
                yield return new Reference(start, words[last].End, text[start..words[last].End], target);
                break;
            }
        }
    }

    private (NodeId? Target, int Last) Longest(string text, IReadOnlyList<Word> words, int first, string firstForm)
    {
        (NodeId?, int) best = (null, -1);
        var branch = _root.Next.GetValueOrDefault(firstForm);
        for (var i = first; branch is not null; )
        {
            if (branch.Target(text, words, first, i) is { } target) best = (target, i);
            if (++i >= words.Count || !Joined(text, words[i - 1].End, words[i].Start)) break;
            branch = branch.Next.GetValueOrDefault(words[i].Folded);
        }
        return best;
    }

    private void Add(string name, NodeId id)
    {
        var words = Word.Split(name);
        if (words.Count == 0 || (words.Count == 1 && words[0].Folded.Length < 2)) return;
        var branch = _root;
        foreach (var word in words) branch = branch.Next.TryGetValue(word.Folded, out var next) ? next : branch.Next[word.Folded] = new Branch();
        branch.Names.Add((id, IsAcronym(name) ? name : null));
    }

    /// <summary>Titles, aliases, and titles without a trailing parenthesis such as "(2017)" or "(Kuwait)".</summary>
    private static IEnumerable<string> Names(Node node) =>
        new[] { node.Title.En, node.Title.Ar }.OfType<string>()
            .SelectMany(t => new[] { t, TrailingParenthesis().Replace(t, "") })
            .Concat(node.Aliases)
            .Distinct();

    /// <summary>
    /// Words of a name may be separated by spaces, quotes, brackets, a dash or one line break (a name wrapped in a
    /// pasted text), but not by a blank line or a sentence break.
    /// </summary>
    private static bool Joined(string text, int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++breaks > 1) return false;
            if (text[i] is not (' ' or '\u00A0' or '\t' or '\r' or '\n' or '(' or ')' or '«' or '»' or '"' or '\'' or '“' or '”' or '‘' or '’' or '-' or '–' or '—' or '/')) return false;
        }
        return true;
    }

    private static bool IsAcronym(string name) => name.Length <= 10 && name.Any(char.IsAsciiLetterUpper) && !name.Any(char.IsAsciiLetterLower);

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    private sealed class Branch
    {
        public Dictionary<string, Branch> Next { get; } = new(StringComparer.Ordinal);

        /// <summary>The nodes a name ending here belongs to, each with its exact spelling when it must match in case.</summary>
        public List<(NodeId Id, string? Exact)> Names { get; } = [];

        public NodeId? Target(string text, IReadOnlyList<Word> words, int first, int last)
        {
            var matching = Names.Where(n => n.Exact is null || SameCase(text, words, first, last, n.Exact)).Select(n => n.Id).Distinct().ToList();
            return matching.Count == 1 ? matching[0] : null;
        }

        private static bool SameCase(string text, IReadOnlyList<Word> words, int first, int last, string exact) =>
            string.Concat(words.Skip(first).Take(last - first + 1).Select(w => text[w.Start..w.End])) == string.Concat(Word.Split(exact).Select(w => exact[w.Start..w.End]));
    }
}
