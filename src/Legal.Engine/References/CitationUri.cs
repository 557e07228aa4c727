using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>
/// The Akoma Ntoso FRBR work URI of a cited instrument, from what the citation gives (<c>/akn/om/act/royal-decree/2016/30</c>);
/// null without a jurisdiction, year or number. Kinds the corpus holds take their doctype from <see cref="FrbrDocType.Of"/>,
/// so a citation and the node it resolves to name the same work.
/// </summary>
internal static class CitationUri
{
    public static string? Of(CitationKind kind, string? jurisdiction, int? year, string? number)
    {
        FrbrDocType? type = kind switch
        {
            CitationKind.Law => FrbrDocType.Of(NodeKind.Law),
            CitationKind.DecreeLaw => FrbrDocType.Of(NodeKind.DecreeLaw),
            CitationKind.MinisterialResolution => FrbrDocType.Of(NodeKind.MinisterialResolution),
            CitationKind.CabinetResolution => FrbrDocType.Of(NodeKind.CabinetResolution),
            CitationKind.SecurityCouncilResolution => FrbrDocType.Of(NodeKind.UnResolution),
            CitationKind.Decree => new("act", "decree"),
            CitationKind.RoyalDecree => new("act", "royal-decree"),
            CitationKind.CouncilResolution => new("act", "council-resolution"),
            CitationKind.Resolution => new("act", "resolution"),
            CitationKind.Circular => new("doc", "circular"),
            CitationKind.GeneralAssemblyResolution => new("statement", "resolution", "unga"),
            _ => null,
        };
        return type is { } t && jurisdiction is not null ? FrbrUri.ForWork(t, jurisdiction, year, number)?.WorkUri : null;
    }
}
