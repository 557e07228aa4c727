using System.Globalization;
using Legal.Model;

namespace Legal.Rendering;

/// <summary>
/// A fixed piece of interface text, always present in both languages (unlike <see cref="Bilingual"/>, which holds
/// corpus text that may be missing in one).
/// </summary>
public sealed class Phrase(string en, string ar)
{
    public string this[Lang lang] => lang == Lang.Ar ? ar : en;

    /// <summary>The text in one language with its placeholders filled: the way question templates are read.</summary>
    public string Format(Lang lang, params object?[] values) => string.Format(CultureInfo.InvariantCulture, this[lang], values);
}
