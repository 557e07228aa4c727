namespace Legal.Server.Pages;

/// <summary>What changed between two wordings, word by word: the longest common run of words is kept, the rest is removed or added.</summary>
public static class WordDiff
{
    public enum Change { Same, Removed, Added }

    public static IReadOnlyList<(Change Change, string Text)> Compare(string before, string after)
    {
        var a = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // common[i, j]: the longest common subsequence of a[i..] and b[j..]; summaries are a few hundred words at most.
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var parts = new List<(Change Change, string Text)>();
        void Add(Change change, string word)
        {
            if (parts.Count > 0 && parts[^1].Change == change) parts[^1] = (change, parts[^1].Text + " " + word);
            else parts.Add((change, word));
        }
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { Add(Change.Same, a[x]); x++; y++; }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1])) Add(Change.Removed, a[x++]);
            else Add(Change.Added, b[y++]);
        }
        return parts;
    }
}
