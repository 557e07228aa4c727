using Legal.Engine.Search;

namespace Legal.Engine.References;

/// <summary>A word of a text: its span in the original and its folded form, for matching as readers type.</summary>
internal readonly record struct Word(int Start, int End, string Folded)
{
    /// <summary>Letters, digits, diacritics and tatweel make up words; everything else separates them.</summary>
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            words.Add(new Word(start, i, ArabicNormalizer.Normalize(text[start..i])));
        }
        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == 'ـ';
}
