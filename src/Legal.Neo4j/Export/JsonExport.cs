using System.Text.Encodings.Web;
using System.Text.Json;
using Legal.Corpus;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;

namespace Legal.Neo4j.Export;

/// <summary>
/// The corpus as JSON in the property-graph shape Neo4j holds it in: <c>nodes</c> (id, labels, properties) and
/// <c>relationships</c> (from, type, to, properties), for tools that import graphs.
/// </summary>
public static class JsonExport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Arabic stays readable instead of becoming \u escapes; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(LegalCorpus corpus, Stream output)
    {
        var writes = new CorpusWrites(corpus);
        var document = new
        {
            nodes = writes.Nodes.Select(n => new
            {
                id = n.Props[NodeProperties.Id],
                labels = new[] { GraphSchema.NodeLabel, GraphSchema.Label(n.Kind) },
                properties = n.Props,
            }),
            relationships = writes.Relations.Select(e => new
            {
                from = e.From,
                type = GraphSchema.RelationshipType(e.Type),
                to = e.To,
                properties = e.Props,
            }),
        };
        await JsonSerializer.SerializeAsync(output, document, Options);
    }
}
