using System.Text.Json;
using System.Text.Json.Nodes;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Neo4j.Mapping;

/// <summary>Writing and reading the property shapes the node and relation maps share.</summary>
internal static class PropertyValues
{
    public static void Add(Dictionary<string, object?> props, string key, string? value)
    {
        if (value is not null) props[key] = value;
    }

    public static void AddList(Dictionary<string, object?> props, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0) props[key] = values;
    }

    public static void AddBilingual(Dictionary<string, object?> props, string stem, Bilingual text)
    {
        Add(props, stem + "En", text.En);
        Add(props, stem + "Ar", text.Ar);
    }

    public static string? String(JsonObject props, string key) => props[key]?.GetValue<string>();

    public static Bilingual Bilingual(JsonObject props, string stem) => new(String(props, stem + "En"), String(props, stem + "Ar"));

    public static IReadOnlyList<string> Strings(JsonObject props, string key) =>
        props[key]?.AsArray().Select(v => v!.GetValue<string>()).ToList() ?? [];

    public static IReadOnlyList<NodeId> Ids(JsonObject props, string key) => Strings(props, key).Select(NodeId.Parse).ToList();

    public static PartialDate? Date(JsonObject props, string key) => String(props, key) is { } text ? PartialDate.Parse(text) : null;

    public static T? Enum<T>(JsonObject props, string key) where T : struct, System.Enum =>
        String(props, key) is { } text ? System.Enum.Parse<T>(text) : null;

    public static T? Json<T>(JsonObject props, string key) where T : class =>
        String(props, key) is { } text ? JsonSerializer.Deserialize<T>(text) : null;
}
