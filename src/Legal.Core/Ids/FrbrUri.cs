using Legal.Core.Model;

namespace Legal.Core.Ids;

/// <summary>
/// Akoma Ntoso FRBR work URIs (<c>/akn/{country}/{doctype}[/{subtype}[/{actor}]]/{date}/{number}</c>),
/// offered beside our own ids so that other legal tools can match our instruments to theirs.
/// </summary>
public static class FrbrUri
{
    /// <summary>The work URI of an instrument; null when its jurisdiction, year or number is unknown, or it has none (standards).</summary>
    public static string? Work(Node node)
    {
        if (node.Jurisdiction is not { } place || node.Date is not { } date || node.Number is not { } number) return null;
        var typePath = node.Kind switch
        {
            NodeKind.Law => "act",
            NodeKind.DecreeLaw => "act/decree-law",
            NodeKind.MinisterialResolution => "act/ministerial-resolution",
            NodeKind.CabinetResolution => "act/cabinet-resolution",
            NodeKind.UnResolution => "statement/resolution/unsc",
            _ => null,
        };
        return typePath is null ? null : $"/akn/{place.ToLowerInvariant()}/{typePath}/{date.Year}/{number}";
    }
}
