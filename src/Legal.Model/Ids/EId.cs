using System.Text.RegularExpressions;

namespace Legal.Model.Ids;

/// <summary>
/// An Akoma Ntoso element id for a provision, such as <c>art_16__para_2</c>: levels of element name and number,
/// outermost first, joined by <c>__</c>. Immutable; <see cref="Parse"/> names the bad input when it fails.
/// </summary>
public sealed partial record EId
{
    private const string Separator = "__";

    private EId(IReadOnlyList<EIdLevel> levels) => Levels = levels;

    /// <summary>The levels, outermost first: <c>art_16__para_2</c> is (art, 16) then (para, 2).</summary>
    public IReadOnlyList<EIdLevel> Levels { get; }

    /// <summary>The innermost level, which names the provision itself.</summary>
    public EIdLevel Last => Levels[^1];

    /// <summary>The eId of the enclosing provision, or null at the top level (<c>art_16__para_2</c> is inside <c>art_16</c>).</summary>
    public EId? Parent => Levels.Count == 1 ? null : new EId(Levels.Take(Levels.Count - 1).ToArray());

    public static EId Parse(string text) =>
        TryParse(text, out var eId) ? eId : throw new FormatException($"'{text}' is not an Akoma Ntoso eId such as art_16__para_2");

    public static bool TryParse(string? text, out EId eId)
    {
        eId = null!;
        if (string.IsNullOrEmpty(text) || !Pattern().IsMatch(text)) return false;
        eId = new EId(text.Split(Separator).Select(level => level.Split('_', 2)).Select(p => new EIdLevel(p[0], p[1])).ToArray());
        return true;
    }

    public bool Equals(EId? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => string.Join(Separator, Levels);

    // Akoma Ntoso naming convention: element prefix, underscore, number; nested levels joined by "__".
    [GeneratedRegex(@"^[a-z]+_[0-9a-z]+(__[a-z]+_[0-9a-z]+)*$")]
    private static partial Regex Pattern();
}
