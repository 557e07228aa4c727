namespace Legal.Engine.References;

/// <summary>
/// The Akoma Ntoso FRBR work URI of a cited instrument, from what the citation gives (<c>/akn/om/act/royal-decree/2016/30</c>),
/// with the cited article as a portion (<c>/akn/kw/act/2013/106/~art_3</c>); null without a jurisdiction or number.
/// Matches <see cref="Legal.Model.Ids.FrbrUri"/> for the instruments the corpus holds.
/// </summary>
internal static class CitationUri
{
    public static string? Of(CitationKind kind, string? jurisdiction, int? year, string? number, string? provision)
    {
        var type = kind switch
        {
            CitationKind.Law => "act",
            CitationKind.DecreeLaw => "act/decree-law",
            CitationKind.Decree => "act/decree",
            CitationKind.RoyalDecree => "act/royal-decree",
            CitationKind.MinisterialResolution => "act/ministerial-resolution",
            CitationKind.CabinetResolution => "act/cabinet-resolution",
            CitationKind.CouncilResolution => "act/council-resolution",
            CitationKind.Resolution => "act/resolution",
            CitationKind.Circular => "doc/circular",
            CitationKind.SecurityCouncilResolution => "statement/resolution/unsc",
            CitationKind.GeneralAssemblyResolution => "statement/resolution/unga",
            _ => null,
        };
        if (type is null || jurisdiction is null || number is null) return null;
        var work = $"/akn/{jurisdiction.ToLowerInvariant()}/{type}/{(year is { } y ? y.ToString() + "/" : "")}{number.Replace(' ', '-')}";
        return provision is null ? work : $"{work}/~{provision}";
    }
}
