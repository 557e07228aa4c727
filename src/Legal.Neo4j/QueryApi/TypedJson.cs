using System.Text.Json.Nodes;

namespace Legal.Neo4j.QueryApi;

/// <summary>
/// Turns a value in Neo4j's typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>, see the Query API's
/// "Result formats" page) into plain JSON, so the rest of the store reads one shape whichever format the server sent.
/// </summary>
internal static class TypedJson
{
    public static JsonNode? ToPlain(JsonNode? value) => value switch
    {
        JsonObject o when o.TryGetPropertyValue("$type", out var type) && o.TryGetPropertyValue("_value", out var inner) =>
            Decode(type!.GetValue<string>(), inner),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, ToPlain(p.Value)))),
        JsonArray a => new JsonArray(a.Select(ToPlain).ToArray()),
        _ => value?.DeepClone(),
    };

    private static JsonNode? Decode(string type, JsonNode? inner) => type switch
    {
        "Null" => null,
        // Integers travel as strings so that 64-bit values survive JavaScript clients; read back as JSON numbers.
        "Integer" or "Float" => JsonNode.Parse(inner!.ToString()),
        "List" => new JsonArray(inner!.AsArray().Select(ToPlain).ToArray()),
        "Map" => new JsonObject(inner!.AsObject().Select(p => KeyValuePair.Create(p.Key, ToPlain(p.Value)))),
        "Node" => new JsonObject
        {
            ["elementId"] = inner!["_element_id"]?.DeepClone(),
            ["labels"] = inner["_labels"]?.DeepClone(),
            ["properties"] = ToPlain(new JsonObject { ["$type"] = "Map", ["_value"] = inner["_properties"]?.DeepClone() }),
        },
        // Strings, booleans and temporal values are already plain once unwrapped.
        _ => inner?.DeepClone(),
    };
}
