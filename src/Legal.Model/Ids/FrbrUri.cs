using System.Globalization;
using System.Text.RegularExpressions;

namespace Legal.Model.Ids;

/// <summary>
/// An Akoma Ntoso FRBR URI, offered beside our own ids so that other legal tools can match our instruments to theirs.
/// Work: <c>/akn/{country}/{doctype}[/{subtype}[/{actor}]]/{date}/{number}</c>; an expression adds its language and
/// point in time (<c>/eng@2025-06-01</c>, or <c>/eng:2025-06-01</c> for the latest at or before that day, as Laws.Africa
/// resolves it); a manifestation adds its format (<c>.xml</c>). Immutable; <see cref="Parse"/> names the bad input.
/// </summary>
public sealed partial record FrbrUri
{
    private FrbrUri(string country, string docType, string? subtype, string? actor, string date, string number)
    {
        (Country, DocType, Subtype, Actor, Date, Number) = (country, docType, subtype, actor, date, number);
    }

    public string Country { get; }
    public string DocType { get; }
    public string? Subtype { get; }
    public string? Actor { get; }
    /// <summary>The work's date as the URI gives it: a year, or a full day.</summary>
    public string Date { get; }
    public string Number { get; }
    /// <summary>The expression's language (ISO 639-2, such as <c>eng</c> or <c>ara</c>); null for the work itself.</summary>
    public string? Language { get; private init; }
    /// <summary>The expression's point in time; null when the expression names none (its latest).</summary>
    public string? ExpressionDate { get; private init; }
    /// <summary>True for <c>:</c>, the latest expression at or before <see cref="ExpressionDate"/>; false for <c>@</c>, exactly it.</summary>
    public bool AtOrBefore { get; private init; }
    /// <summary>The manifestation's format (<c>xml</c>, <c>html</c> …); null for a work or an expression.</summary>
    public string? Format { get; private init; }

    public string WorkUri => $"/akn/{Country}/{DocType}{(Subtype is null ? "" : $"/{Subtype}")}{(Actor is null ? "" : $"/{Actor}")}/{Date}/{Number}";

    /// <summary>The expression's URI; null when this names only the work.</summary>
    public string? ExpressionUri => Language is null ? null : $"{WorkUri}/{Language}{(AtOrBefore ? ':' : '@')}{ExpressionDate}";

    /// <summary>The manifestation's URI; null when no format is named.</summary>
    public string? ManifestationUri => Format is null ? null : $"{ExpressionUri ?? WorkUri}.{Format}";

    /// <summary>The work URI of an instrument; null when its jurisdiction, year or number is unknown, or it has none (standards).</summary>
    public static FrbrUri? ForWork(Node node) =>
        FrbrDocType.Of(node.Kind) is { } type && node.Jurisdiction is { } place ? ForWork(type, place, Year(node), node.Number) : null;

    /// <summary>
    /// The work URI of a document from its parts, as a citation gives them; null without a year or number, since the
    /// work's date and number are part of every FRBR work URI.
    /// </summary>
    public static FrbrUri? ForWork(FrbrDocType type, string country, int? year, string? number) =>
        year is { } y && number is { } n
            ? new FrbrUri(country.ToLowerInvariant(), type.DocType, type.Subtype, type.Actor, y.ToString("D4", CultureInfo.InvariantCulture), n.Replace(' ', '-'))
            : null;

    /// <summary>This work's expression in a language, exactly at a point in time or (with <paramref name="atOrBefore"/>) the latest up to it.</summary>
    public FrbrUri Expression(string language, string? date, bool atOrBefore = false) =>
        LanguagePattern().IsMatch(language) && (date is null || DatePattern().IsMatch(date))
            ? this with { Language = language, ExpressionDate = date, AtOrBefore = atOrBefore && date is not null, Format = null }
            : throw new FormatException($"'{language}@{date}' is not an expression: expected a language such as eng and a date such as 2025-06-01");

    /// <summary>This work's or expression's manifestation in a format (<c>xml</c>, <c>html</c>).</summary>
    public FrbrUri Manifestation(string format) =>
        FormatPattern().IsMatch(format) ? this with { Format = format } : throw new FormatException($"'{format}' is not a format such as xml or html");

    public static FrbrUri Parse(string text) =>
        TryParse(text, out var uri) ? uri : throw new FormatException(
            $"'{text}' is not an FRBR URI: expected /akn/{{country}}/{{doctype}}[/{{subtype}}[/{{actor}}]]/{{date}}/{{number}}[/{{lang}}@{{date}}][.{{format}}]");

    public static bool TryParse(string? text, out FrbrUri uri)
    {
        uri = null!;
        if (text is null || !text.StartsWith("/akn/", StringComparison.Ordinal)) return false;
        var segments = text["/akn/".Length..].Split('/');
        string? format = null;
        var last = segments[^1];
        if (last.LastIndexOf('.') is var dot and > 0)
        {
            format = last[(dot + 1)..];
            segments[^1] = last[..dot];
            if (!FormatPattern().IsMatch(format)) return false;
        }
        // The date is the first segment after the doctype that reads as one; subtype and actor sit before it.
        var dateAt = Array.FindIndex(segments, 2, s => DatePattern().IsMatch(s));
        if (segments.Length < 4 || dateAt < 0 || dateAt > 4 || dateAt + 1 >= segments.Length) return false;
        if (segments.Take(dateAt).Any(s => !SegmentPattern().IsMatch(s)) || !SegmentPattern().IsMatch(segments[dateAt + 1])) return false;
        var work = new FrbrUri(segments[0], segments[1], dateAt > 2 ? segments[2] : null, dateAt > 3 ? segments[3] : null, segments[dateAt], segments[dateAt + 1]);
        var rest = segments.Skip(dateAt + 2).ToArray();
        if (rest.Length > 1) return false;
        if (rest.Length == 1)
        {
            var match = ExpressionPattern().Match(rest[0]);
            if (!match.Success) return false;
            var date = match.Groups["date"].Value;
            work = work with { Language = match.Groups["lang"].Value, ExpressionDate = date.Length == 0 ? null : date, AtOrBefore = match.Groups["sep"].Value == ":" };
        }
        uri = format is null ? work : work with { Format = format };
        return true;
    }

    public override string ToString() => ManifestationUri ?? ExpressionUri ?? WorkUri;

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

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]*$")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"^[a-z]{3}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^(?<lang>[a-z]{3})(?<sep>[@:])(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})?$")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex FormatPattern();
}
