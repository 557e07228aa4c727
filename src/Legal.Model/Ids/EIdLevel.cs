namespace Legal.Model.Ids;

/// <summary>One level of an eId: an Akoma Ntoso element name (<c>art</c>, <c>chp</c> …) and its number (<c>16</c>, <c>33bis</c>).</summary>
public readonly record struct EIdLevel(string Element, string Number)
{
    // Divisions group articles; they are structure rather than rules.
    private static readonly HashSet<string> Divisions = ["part", "chp", "sec"];

    /// <summary>Whether this level is a division above the article (part, chapter, section) rather than a rule.</summary>
    public bool IsDivision => Divisions.Contains(Element);

    public override string ToString() => $"{Element}_{Number}";
}
