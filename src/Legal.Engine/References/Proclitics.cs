namespace Legal.Engine.References;

/// <summary>
/// Arabic writes "and", "by", "for" and "like" onto the next word (ومكتب, للمنتدى, بالقانون), so a name can start
/// inside a word. These are the readings of a folded word with such a prefix set aside.
/// </summary>
internal static class Proclitics
{
    private static readonly char[] Conjunctions = ['و', 'ف'];
    private static readonly char[] Prepositions = ['ب', 'ل', 'ك'];

    /// <summary>The word itself, then its readings without prefixes, each with how many characters were set aside.</summary>
    public static IEnumerable<(string Form, int Skip)> Forms(string word)
    {
        yield return (word, 0);
        var afterConjunction = word.Length > 3 && Conjunctions.Contains(word[0]) ? word[1..] : null;
        if (afterConjunction is not null) yield return (afterConjunction, 1);
        foreach (var (stem, skip) in new[] { (word, 0), (afterConjunction, 1) })
        {
            if (stem is null || stem.Length <= 3) continue;
            // ل before the article drops its alef: ل + المنتدى is written للمنتدى.
            if (stem.StartsWith("لل", StringComparison.Ordinal)) yield return ("ا" + stem[1..], skip + 1);
            if (Prepositions.Contains(stem[0])) yield return (stem[1..], skip + 1);
        }
    }
}
