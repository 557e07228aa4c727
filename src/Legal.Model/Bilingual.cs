namespace Legal.Model;

/// <summary>A text in English and Arabic; either may be missing.</summary>
public sealed record Bilingual(string? En, string? Ar)
{
    public static readonly Bilingual Empty = new(null, null);

    public string? this[Lang lang] => lang == Lang.Ar ? Ar : En;

    public bool IsEmpty => En is null && Ar is null;

    /// <summary>The text in the language asked for, else the other one, so that a reader always sees something.</summary>
    public string? Prefer(Lang lang) => this[lang] ?? this[lang == Lang.Ar ? Lang.En : Lang.Ar];
}
