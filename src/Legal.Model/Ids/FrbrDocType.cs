namespace Legal.Model.Ids;

/// <summary>
/// The segments of an FRBR work URI that say what kind of document it is: the Akoma Ntoso doctype (<c>act</c>,
/// <c>statement</c>), and optionally a subtype (<c>decree-law</c>) and an actor (<c>unsc</c>).
/// </summary>
public readonly record struct FrbrDocType(string DocType, string? Subtype = null, string? Actor = null)
{
    /// <summary>The doctype of an instrument the corpus holds; null for kinds that have no FRBR work (standards, institutions).</summary>
    public static FrbrDocType? Of(NodeKind kind) => kind switch
    {
        NodeKind.Law => new("act"),
        NodeKind.DecreeLaw => new("act", "decree-law"),
        NodeKind.MinisterialResolution => new("act", "ministerial-resolution"),
        NodeKind.CabinetResolution => new("act", "cabinet-resolution"),
        NodeKind.UnResolution => new("statement", "resolution", "unsc"),
        _ => null,
    };
}
