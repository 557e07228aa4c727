using Legal.Corpus;
using Legal.Neo4j.Cypher;

namespace Legal.Neo4j.Export;

/// <summary>
/// The corpus as one self-contained Cypher script for an empty Neo4j 5 database (<c>cypher-shell -f</c>, or pasted into
/// Neo4j Browser): the schema, then the data, written by the same statements the loader sends, with the rows inline.
/// </summary>
public static class CypherScript
{
    /// <summary>Keeps each statement to a few hundred kilobytes, which cypher-shell and the Browser take comfortably.</summary>
    public const int BatchSize = 500;

    public static async Task WriteAsync(LegalCorpus corpus, TextWriter output)
    {
        var writes = new CorpusWrites(corpus);
        await output.WriteLineAsync($"// Legal corpus: {writes.Nodes.Count} nodes and {writes.Relations.Count} relationships, for an empty Neo4j 5 database.");
        await output.WriteLineAsync("// Load with: cypher-shell -f legal.cypher (schema first: each schema statement runs on its own).");
        foreach (var statement in GraphSchema.Statements()) await WriteStatementAsync(output, statement);
        foreach (var batch in writes.Batches(BatchSize)) await WriteStatementAsync(output, batch.ToScript());
    }

    private static async Task WriteStatementAsync(TextWriter output, string statement)
    {
        await output.WriteLineAsync();
        await output.WriteAsync(statement);
        await output.WriteLineAsync(";");
    }
}
