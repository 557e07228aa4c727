using System.Text.Json;
using System.Text.Json.Nodes;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Neo4j.Mapping;

/// <summary>
/// A node as a flat map of Neo4j properties and back, losing nothing. Neo4j stores only scalars and lists of
/// scalars, so bilingual fields become an En/Ar pair of properties (which the full-text indexes read), and
/// claims, versions and figures are stored as JSON strings. Missing values are left out: Neo4j stores no nulls.
/// </summary>
public static class NodeProperties
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Claims = "claims";

    /// <summary>The bilingual fields, by the property-name stem each language is appended to.</summary>
    private static readonly (string Stem, Func<Node, Bilingual> Get)[] Texts =
    [
        ("title", n => n.Title), ("summary", n => n.Summary), ("officialText", n => n.OfficialText), ("place", n => n.Place),
        ("heading", n => n.Heading), ("conditions", n => n.Conditions), ("deadline", n => n.Deadline),
    ];

    public static IEnumerable<string> ArabicTextKeys => Texts.Select(t => t.Stem + "Ar");

    public static IEnumerable<string> EnglishTextKeys => Texts.Select(t => t.Stem + "En");

    /// <summary>Every key a node may carry, for the linter's schema.</summary>
    public static IEnumerable<string> Keys =>
    [
        Id, Kind, "originPath", "originLine", "originColumn", "aliases", "sources", Claims, "number", "jurisdiction", "date", "endDate",
        "inForceFrom", "inForceUntil", "figures", "parent", "order", "versions", "deontic", "publisher", "url", "language", "sourceKind",
        .. ArabicTextKeys, .. EnglishTextKeys, .. SearchProperties.Keys,
    ];

    public static Dictionary<string, object?> From(Node node)
    {
        var props = new Dictionary<string, object?>
        {
            [Id] = node.Id.ToString(),
            [Kind] = node.Kind.ToSnakeCase(),
            ["originPath"] = node.Origin.Path,
            ["originLine"] = node.Origin.Line,
            ["originColumn"] = node.Origin.Column,
            ["order"] = node.Order,
        };
        foreach (var (stem, get) in Texts) PropertyValues.AddBilingual(props, stem, get(node));
        PropertyValues.AddList(props, "aliases", node.Aliases);
        PropertyValues.AddList(props, "sources", node.Sources.Select(s => s.ToString()).ToList());
        if (node.Claims.Count > 0) props[Claims] = JsonSerializer.Serialize(node.Claims.Select(ClaimJson.Of));
        if (node.Versions.Count > 0) props["versions"] = JsonSerializer.Serialize(node.Versions.Select(VersionJson.Of));
        if (node.Figures.Count > 0) props["figures"] = JsonSerializer.Serialize(node.Figures.ToDictionary(f => f.Key, f => FigureJson.Of(f.Value)));
        if (node.Ratings.Count > 0) props["ratings"] = JsonSerializer.Serialize(node.Ratings.Select(RatingJson.Of));
        if (node.ActionPlan.Count > 0) props["actionPlan"] = JsonSerializer.Serialize(node.ActionPlan.Select(ActionItemJson.Of));
        PropertyValues.Add(props, "number", node.Number);
        PropertyValues.Add(props, "jurisdiction", node.Jurisdiction);
        PropertyValues.Add(props, "date", node.Date?.ToString());
        PropertyValues.Add(props, "endDate", node.EndDate?.ToString());
        PropertyValues.Add(props, "inForceFrom", node.InForce.Start?.ToString());
        PropertyValues.Add(props, "inForceUntil", node.InForce.End?.ToString());
        PropertyValues.Add(props, "repealedBy", node.RepealedBy?.ToString());
        PropertyValues.Add(props, "knownUpTo", node.KnownUpTo?.ToString());
        PropertyValues.Add(props, "parent", node.Parent?.ToString());
        PropertyValues.Add(props, "deontic", node.Deontic?.ToString());
        PropertyValues.Add(props, "publisher", node.Publisher);
        PropertyValues.Add(props, "url", node.Url);
        PropertyValues.Add(props, "language", node.Language);
        PropertyValues.Add(props, "sourceKind", node.SourceKind?.ToString());
        PropertyValues.Add(props, "grade", node.Grade?.ToString());
        return props;
    }

    public static Node ToNode(JsonObject props)
    {
        var kind = NodeKinds.TryParse(props[Kind]!.GetValue<string>(), out var k) ? k
            : throw new FormatException($"node {props[Id]} has kind '{props[Kind]}', which this version of Legal does not know");
        var origin = new Origin(props["originPath"]!.GetValue<string>(), props["originLine"]!.GetValue<int>(), props["originColumn"]!.GetValue<int>());
        return new Node(NodeId.Parse(props[Id]!.GetValue<string>()), kind, origin)
        {
            Title = PropertyValues.Bilingual(props, "title"),
            Summary = PropertyValues.Bilingual(props, "summary"),
            OfficialText = PropertyValues.Bilingual(props, "officialText"),
            Place = PropertyValues.Bilingual(props, "place"),
            Heading = PropertyValues.Bilingual(props, "heading"),
            Conditions = PropertyValues.Bilingual(props, "conditions"),
            Deadline = PropertyValues.Bilingual(props, "deadline"),
            Aliases = PropertyValues.Strings(props, "aliases"),
            Sources = PropertyValues.Ids(props, "sources"),
            Claims = PropertyValues.Json<List<ClaimJson>>(props, Claims)?.Select(c => c.ToClaim()).ToList() ?? [],
            Versions = PropertyValues.Json<List<VersionJson>>(props, "versions")?.Select(v => v.ToVersion()).ToList() ?? [],
            Figures = PropertyValues.Json<Dictionary<string, FigureJson>>(props, "figures")?.ToDictionary(f => f.Key, f => f.Value.ToFigure()) ?? new Dictionary<string, Figure>(),
            Number = PropertyValues.String(props, "number"),
            Jurisdiction = PropertyValues.String(props, "jurisdiction"),
            Date = PropertyValues.Date(props, "date"),
            EndDate = PropertyValues.Date(props, "endDate"),
            InForce = new Period(PropertyValues.TimePoint(props, "inForceFrom"), PropertyValues.TimePoint(props, "inForceUntil")),
            RepealedBy = PropertyValues.String(props, "repealedBy") is { } repealer ? NodeId.Parse(repealer) : null,
            KnownUpTo = PropertyValues.Date(props, "knownUpTo"),
            Parent = PropertyValues.String(props, "parent") is { } parent ? NodeId.Parse(parent) : null,
            Order = props["order"]?.GetValue<int>() ?? 0,
            Deontic = PropertyValues.Enum<Deontic>(props, "deontic"),
            Publisher = PropertyValues.String(props, "publisher"),
            Url = PropertyValues.String(props, "url"),
            Language = PropertyValues.String(props, "language"),
            SourceKind = PropertyValues.Enum<SourceKind>(props, "sourceKind"),
            Grade = PropertyValues.Enum<SourceGrade>(props, "grade"),
            Ratings = PropertyValues.Json<List<RatingJson>>(props, "ratings")?.Select(r => r.ToRating()).ToList() ?? [],
            ActionPlan = PropertyValues.Json<List<ActionItemJson>>(props, "actionPlan")?.Select(a => a.ToItem()).ToList() ?? [],
        };
    }

    private sealed record ClaimJson(string Field, string Value, List<string> Sources, string? Note)
    {
        public static ClaimJson Of(Claim c) => new(c.Field, c.Value, c.Sources.Select(s => s.ToString()).ToList(), c.Note);

        public Claim ToClaim() => new(Field, Value, Sources.Select(NodeId.Parse).ToList(), Note);
    }

    private sealed record FigureJson(long Value, FigureQualifier Qualifier, List<string> Sources)
    {
        public static FigureJson Of(Figure f) => new(f.Value, f.Qualifier, f.Sources.Select(s => s.ToString()).ToList());

        public Figure ToFigure() => new(Value, Qualifier) { Sources = Sources.Select(NodeId.Parse).ToList() };
    }

    private sealed record RatingJson(string Standard, string Value, List<string> Sources)
    {
        public static RatingJson Of(Rating r) => new(r.Standard.ToString(), r.Value, r.Sources.Select(s => s.ToString()).ToList());

        public Rating ToRating() => new(NodeId.Parse(Standard), Value, Sources.Select(NodeId.Parse).ToList());
    }

    private sealed record ActionItemJson(string? En, string? Ar, List<string> Concerns, List<string> Sources, string? Note)
    {
        public static ActionItemJson Of(ActionItem a) =>
            new(a.Text.En, a.Text.Ar, a.Concerns.Select(c => c.ToString()).ToList(), a.Sources.Select(s => s.ToString()).ToList(), a.Note);

        public ActionItem ToItem() => new(new Bilingual(En, Ar), Concerns.Select(NodeId.Parse).ToList(), Sources.Select(NodeId.Parse).ToList(), Note);
    }

    private sealed record VersionJson(string? From, string? Until, string? AmendedBy, string? SummaryEn, string? SummaryAr, List<string> Sources)
    {
        public static VersionJson Of(ProvisionVersion v) =>
            new(v.From?.ToString(), v.Until?.ToString(), v.AmendedBy?.ToString(), v.Summary.En, v.Summary.Ar, v.Sources.Select(s => s.ToString()).ToList());

        public ProvisionVersion ToVersion() => new(
            From is null ? null : PartialDate.Parse(From), Until is null ? null : PartialDate.Parse(Until),
            AmendedBy is null ? null : NodeId.Parse(AmendedBy), new Bilingual(SummaryEn, SummaryAr), Sources.Select(NodeId.Parse).ToList());
    }
}
