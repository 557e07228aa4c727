using System.Text;

namespace Legal.Engine;

/// <summary>
/// Cursor pagination over a stable ordering. A cursor is the opaque (base64) key of the last item seen,
/// so a page stays correct when the corpus reloads between requests.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    public static string? Decode(string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor from an earlier page");
        }
    }

    /// <summary>The page of <paramref name="ordered"/> (sorted by <paramref name="key"/>, ordinal) after the cursor.</summary>
    public static Page<T> Slice<T>(IReadOnlyList<T> ordered, int first, string? after, Func<T, string> key)
    {
        CheckPageSize(first);
        var afterKey = Decode(after);
        var start = 0;
        if (afterKey is not null)
        {
            while (start < ordered.Count && string.CompareOrdinal(key(ordered[start]), afterKey) <= 0) start++;
        }
        return Of(ordered.Skip(start).Take(first).ToList(), ordered.Count, ordered.Count - start, key);
    }

    /// <summary>A page from what a store found: its items, how many match in all, and how many come after the cursor.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> items, int totalCount, int remaining, Func<T, string> key)
    {
        var cursors = items.Select(item => Encode(key(item))).ToList();
        return new(items, totalCount, items.Count < remaining, cursors.Count == 0 ? null : cursors[^1], remaining < totalCount, cursors);
    }

    public static void CheckPageSize(int first)
    {
        if (first is < 0 or > MaxPageSize) throw new ArgumentException($"a page holds from 0 to {MaxPageSize} items");
    }
}
