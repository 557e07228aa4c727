using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Search;

/// <summary>
/// The field's words for one idea, in both languages (CDD, customer due diligence, العناية الواجبة …), as the corpus's
/// topic nodes list them (statutes/topics/, each with its sources): a topic's titles and aliases are synonyms.
/// A node whose words use one of them is indexed with all of them, so any store answers "CDD" or "العناية الواجبة"
/// from a summary that says "due diligence", and no query needs the table.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, List<(string[] Terms, int Topic)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<(NodeId Id, IReadOnlyList<string> Names)> _topics = [];

    public Vocabulary(IEnumerable<Node> nodes)
    {
        foreach (var topic in nodes.Where(n => n.Kind == NodeKind.Topic).OrderBy(n => n.Id.ToString(), StringComparer.Ordinal))
        {
            var names = Names(topic).ToList();
            foreach (var name in names)
            {
                var terms = SearchPolicy.TermList(name).ToArray();
                if (terms.Length == 0) continue;
                if (!_byFirstTerm.TryGetValue(terms[0], out var forms)) _byFirstTerm[terms[0]] = forms = [];
                forms.Add((terms, _topics.Count));
            }
            _topics.Add((topic.Id, names));
        }
    }

    /// <summary>A topic's names: its titles and aliases.</summary>
    public static IEnumerable<string> Names(Node topic) =>
        new[] { topic.Title.En, topic.Title.Ar }.OfType<string>().Concat(topic.Aliases).Distinct(StringComparer.Ordinal);

    /// <summary>The topics whose names occur, as whole analysed phrases, in any of the given term sequences.</summary>
    public IEnumerable<NodeId> Used(IEnumerable<IReadOnlyList<string>> texts)
    {
        var used = new SortedSet<int>();
        foreach (var terms in texts)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                if (!_byFirstTerm.TryGetValue(terms[i], out var forms)) continue;
                foreach (var (form, topic) in forms)
                {
                    if (Matches(terms, i, form)) used.Add(topic);
                }
            }
        }
        return used.Select(t => _topics[t].Id);
    }

    /// <summary>The synonyms of the given topics, every name of each.</summary>
    public IEnumerable<string> NamesOf(IEnumerable<NodeId> topics)
    {
        var wanted = topics.ToHashSet();
        return _topics.Where(t => wanted.Contains(t.Id)).SelectMany(t => t.Names);
    }

    private static bool Matches(IReadOnlyList<string> terms, int at, string[] form)
    {
        if (at + form.Length > terms.Count) return false;
        for (var k = 1; k < form.Length; k++)
        {
            if (!string.Equals(terms[at + k], form[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
