namespace Legal.Corpus;

/// <summary>"Did you mean": the known names closest to a misspelt one by edit distance, nearest first, ties in ordinal order.</summary>
internal static class NearestNames
{
    public static IReadOnlyList<string> Of(string wanted, IEnumerable<string> known, int count)
    {
        // Further than a third of the name's length away is another name, not a typo.
        var limit = Math.Max(2, wanted.Length / 3);
        return known.Distinct(StringComparer.Ordinal)
            .Select(k => (Name: k, Distance: Distance(wanted, k)))
            .Where(k => k.Distance <= limit)
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(count).Select(k => k.Name).ToList();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
