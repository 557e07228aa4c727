using System.Text.Json.Nodes;

namespace Legal.Neo4j.QueryApi;

/// <summary>
/// A successful answer: <c>data.fields</c> and <c>data.values</c> as records of plain JSON values, the bookmarks
/// for read-your-writes, and the counters when asked for.
/// </summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>> Records,
    IReadOnlyList<string> Bookmarks, JsonObject? Counters)
{
    public static QueryResult Parse(JsonObject body)
    {
        var fields = body["data"]?["fields"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var records = (body["data"]?["values"]?.AsArray() ?? [])
            .Select(row => (IReadOnlyDictionary<string, JsonNode?>)fields.Zip(row!.AsArray()).ToDictionary(p => p.First, p => TypedJson.ToPlain(p.Second)))
            .ToList();
        var bookmarks = body["bookmarks"]?.AsArray().Select(b => b!.GetValue<string>()).ToList() ?? [];
        return new QueryResult(fields, records, bookmarks, body["counters"] as JsonObject);
    }
}
