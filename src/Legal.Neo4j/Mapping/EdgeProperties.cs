using System.Text.Json.Nodes;
using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Neo4j.Mapping;

/// <summary>
/// A relation as Neo4j relationship properties and back. <see cref="Key"/> tells apart two relations of one type
/// between the same nodes (two terms as chair), so that a reload merges each onto itself; <see cref="Seq"/> keeps
/// the corpus's order, which the embedded store answers in.
/// </summary>
public static class EdgeProperties
{
    public const string Key = "key";
    public const string Seq = "seq";

    public static IEnumerable<string> Keys =>
        [Key, Seq, "sources", "since", "until", "asOf", "roleEn", "roleAr", "note", "extent", "teamAssessment", "originPath", "originLine", "originColumn"];

    /// <param name="occurrence">How many relations of the same type between the same nodes come before this one in the corpus.</param>
    public static Dictionary<string, object?> From(Edge edge, int seq, int occurrence)
    {
        var props = new Dictionary<string, object?>
        {
            [Key] = $"{edge.From}|{edge.Type.ToUpperSnakeCase()}|{edge.To}|{occurrence}",
            [Seq] = seq,
            ["originPath"] = edge.Origin.Path,
            ["originLine"] = edge.Origin.Line,
            ["originColumn"] = edge.Origin.Column,
        };
        PropertyValues.AddList(props, "sources", edge.Sources.Select(s => s.ToString()).ToList());
        PropertyValues.Add(props, "since", edge.Since?.ToString());
        PropertyValues.Add(props, "until", edge.Until?.ToString());
        PropertyValues.Add(props, "asOf", edge.AsOf?.ToString());
        PropertyValues.AddBilingual(props, "role", edge.Role);
        PropertyValues.Add(props, "note", edge.Note);
        PropertyValues.Add(props, "extent", edge.Extent);
        PropertyValues.Add(props, "teamAssessment", edge.TeamAssessment);
        return props;
    }

    public static Edge ToEdge(string from, string type, string to, JsonObject props)
    {
        var edgeType = EdgeTypes.TryParse(type.ToLowerInvariant(), out var t) ? t
            : throw new FormatException($"relationship type '{type}' is not one this version of Legal knows");
        var origin = new Origin(props["originPath"]!.GetValue<string>(), props["originLine"]!.GetValue<int>(), props["originColumn"]!.GetValue<int>());
        return new Edge(NodeId.Parse(from), edgeType, NodeId.Parse(to), origin)
        {
            Sources = PropertyValues.Ids(props, "sources"),
            Since = PropertyValues.Date(props, "since"),
            Until = PropertyValues.Date(props, "until"),
            AsOf = PropertyValues.Date(props, "asOf"),
            Role = PropertyValues.Bilingual(props, "role"),
            Note = PropertyValues.String(props, "note"),
            Extent = PropertyValues.String(props, "extent"),
            TeamAssessment = PropertyValues.String(props, "teamAssessment"),
        };
    }
}
