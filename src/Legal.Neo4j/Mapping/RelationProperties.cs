using System.Text.Json.Nodes;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Neo4j.Mapping;

/// <summary>
/// A relation as Neo4j relationship properties and back. <see cref="Key"/> tells apart two relations of one type
/// between the same nodes (two terms as chair), so that a reload merges each onto itself; <see cref="Seq"/> keeps
/// the corpus's order, which the embedded store answers in.
/// </summary>
public static class RelationProperties
{
    public const string Key = "key";
    public const string Seq = "seq";

    public static IEnumerable<string> Keys =>
        [Key, Seq, "sources", "since", "until", "asOf", "roleEn", "roleAr", "note", "extent", "teamAssessment", "originPath", "originLine", "originColumn"];

    /// <param name="occurrence">How many relations of the same type between the same nodes come before this one in the corpus.</param>
    public static Dictionary<string, object?> From(Relation relation, int seq, int occurrence)
    {
        var props = new Dictionary<string, object?>
        {
            [Key] = $"{relation.From}|{relation.Type.ToUpperSnakeCase()}|{relation.To}|{occurrence}",
            [Seq] = seq,
            ["originPath"] = relation.Origin.Path,
            ["originLine"] = relation.Origin.Line,
            ["originColumn"] = relation.Origin.Column,
        };
        PropertyValues.AddList(props, "sources", relation.Sources.Select(s => s.ToString()).ToList());
        PropertyValues.Add(props, "since", relation.Since?.ToString());
        PropertyValues.Add(props, "until", relation.Until?.ToString());
        PropertyValues.Add(props, "asOf", relation.AsOf?.ToString());
        PropertyValues.AddBilingual(props, "role", relation.Role);
        PropertyValues.Add(props, "note", relation.Note);
        PropertyValues.Add(props, "extent", relation.Extent);
        PropertyValues.Add(props, "teamAssessment", relation.TeamAssessment);
        return props;
    }

    public static Relation ToRelation(string from, string type, string to, JsonObject props)
    {
        var relationKind = RelationKinds.TryParse(type.ToLowerInvariant(), out var t) ? t
            : throw new FormatException($"relationship type '{type}' is not one this version of Legal knows");
        var origin = new Origin(props["originPath"]!.GetValue<string>(), props["originLine"]!.GetValue<int>(), props["originColumn"]!.GetValue<int>());
        return new Relation(NodeId.Parse(from), relationKind, NodeId.Parse(to), origin)
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
