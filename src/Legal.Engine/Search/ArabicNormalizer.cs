using System.Text;

namespace Legal.Engine.Search;

/// <summary>
/// Folds Arabic the way readers type it, so that a query without hamza or diacritics finds the corpus's careful spelling.
/// The one place that defines the folding: the Lucene analyzer, reference extraction and any other store's queries use it.
/// </summary>
public static class ArabicNormalizer
{
    // Light stemming after Larkey's light10: common proclitics and suffixes, longest first.
    private static readonly string[] Prefixes = ["بال", "كال", "فال", "لل", "ال"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>
    /// Folds each character without changing the text's length, so offsets into the result are offsets into the input:
    /// hamza forms to their bare letter, taa marbuta to haa, alef maqsura to yaa, Arabic-Indic digits to ASCII.
    /// Diacritics and tatweel, which readers omit, become <see cref="Dropped"/>, for callers to skip.
    /// </summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ة' => 'ه',
        'ى' => 'ي',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        'ـ' or (>= '\u064B' and <= '\u065F') or '\u0670' => Dropped,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>What <see cref="Fold"/> returns for a character that carries no meaning for matching.</summary>
    public const char Dropped = '\0';

    /// <summary>The folded text, with diacritics and tatweel removed and Latin letters lower-cased.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Fold(c) is var folded && folded != Dropped) sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>Normalises every character, then strips the article and other clitics, so "الأموال" and "أموال" share a stem.</summary>
    public static string Stem(string word)
    {
        var stem = Normalize(word);
        if (!IsArabic(stem)) return stem;
        if (stem.Length > 3 && stem[0] == 'و') stem = stem[1..];
        foreach (var prefix in Prefixes)
        {
            if (stem.Length - prefix.Length >= 2 && stem.StartsWith(prefix, StringComparison.Ordinal)) { stem = stem[prefix.Length..]; break; }
        }
        foreach (var suffix in Suffixes)
        {
            if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal)) { stem = stem[..^suffix.Length]; break; }
        }
        return Root(stem);
    }

    /// <summary>
    /// The three root letters of the verb and verbal-noun forms the law uses for its duties, so that a reader's noun finds
    /// the summary's verb: يبلغ / إبلاغ → بلغ, يجمد / تجميد → جمد, إرهاب → رهب. Other patterns are left alone.
    /// </summary>
    private static string Root(string stem) => stem switch
    {
        // The imperfect verb: يفعل, تفعل.
        [('ي' or 'ت'), _, _, _] when IsArabic(stem) => stem[1..],
        // The verbal nouns إفعال and تفعيل.
        ['ا', var a, var b, 'ا', var c] => string.Concat(a, b, c),
        ['ت', var a, var b, 'ي', var c] => string.Concat(a, b, c),
        _ => stem,
    };

    /// <summary>Whether a character is an Arabic letter, mark or digit (the Arabic block).</summary>
    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    private static bool IsArabic(string word) => word.Length > 0 && word.All(IsArabic);
}
