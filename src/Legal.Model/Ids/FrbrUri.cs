using Legal.Model;

namespace Legal.Model.Ids;

/// <summary>
/// Akoma Ntoso FRBR work URIs (<c>/akn/{country}/{doctype}[/{subtype}[/{actor}]]/{date}/{number}</c>),
/// offered beside our own ids so that other legal tools can match our instruments to theirs.
/// </summary>
public static class FrbrUri
{
    /// <summary>The work URI of an instrument; null when its jurisdiction, year or number is unknown, or it has none (standards).</summary>
    public static string? Work(Node node)
    {
        if (node.Jurisdiction is not { } place || Year(node) is not { } year || node.Number is not { } number) return null;
        var typePath = node.Kind switch
        {
            NodeKind.Law => "act",
            NodeKind.DecreeLaw => "act/decree-law",
            NodeKind.MinisterialResolution => "act/ministerial-resolution",
            NodeKind.CabinetResolution => "act/cabinet-resolution",
            NodeKind.UnResolution => "statement/resolution/unsc",
            _ => null,
        };
        return typePath is null ? null : $"/akn/{place.ToLowerInvariant()}/{typePath}/{year}/{number}";
    }

    /// <summary>
    /// The year of issue: from the date when known, else from the id (kw/law/2013/106), since the year is part of the
    /// official citation even when the exact day is disputed.
    /// </summary>
    private static int? Year(Node node)
    {
        if (node.Date is { } date) return date.Year;
        var segments = node.Id.Work.Split('/');
        return segments.Length >= 2 && segments[^2].Length == 4 && int.TryParse(segments[^2], out var year) ? year : null;
    }
}
