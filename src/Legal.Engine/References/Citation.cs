using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>
/// A citation recognised in a text, whether or not the graph holds its target: <c>text[Start..End]</c> is
/// <see cref="Text"/> (UTF-16 offsets, End exclusive). <see cref="Jurisdiction"/> is an ISO country code (KW, OM …),
/// UN or FATF, or null when the text names another country without saying which; <see cref="Provision"/> is the
/// eId of a cited article (art_3). <see cref="Uri"/> is an Akoma Ntoso FRBR work URI built from what the text gives.
/// <see cref="Target"/> is the node it names when one resolves; a foreign citation never resolves to a Kuwaiti node.
/// </summary>
public sealed record Citation(int Start, int End, string Text, CitationKind Kind)
{
    public string? Jurisdiction { get; init; }
    public string? Number { get; init; }
    public int? Year { get; init; }
    public string? Provision { get; init; }
    public string? Uri { get; init; }
    public NodeId? Target { get; init; }
    /// <summary>Whether the text marks it as another country's (not Kuwait's, the UN's or FATF's).</summary>
    public bool Foreign { get; init; }
    public IReadOnlyList<CitationWarning> Warnings { get; init; } = [];
}
