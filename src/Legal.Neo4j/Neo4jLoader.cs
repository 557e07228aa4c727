using Legal.Corpus;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Polly;

namespace Legal.Neo4j;

/// <summary>
/// Writes a compiled corpus to Neo4j so that the database then holds exactly that corpus. The schema goes first,
/// one statement per request; the data goes in one explicit transaction (merge every node and relationship,
/// delete what the corpus no longer has, commit), so a failure midway leaves the previous graph as it was.
/// Loading the same corpus twice changes nothing.
/// </summary>
public sealed class Neo4jLoader(QueryApiClient client, ResiliencePipeline retries)
{
    public async Task LoadAsync(LegalCorpus corpus, IProgress<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        var writes = new CorpusWrites(corpus);
        var total = GraphSchema.Statements().Count + writes.RowCount + 1;
        var done = 0;
        foreach (var statement in GraphSchema.Statements())
        {
            await retries.ExecuteAsync(async token => await client.RunAsync(new Statement(statement), ct: token), ct);
            progress?.Report(new LoadProgress("schema", ++done, total));
        }
        var schemaDone = done;
        // The whole transaction is the unit of retry: after an error Neo4j has already rolled it back.
        await retries.ExecuteAsync(async token =>
        {
            done = schemaDone;
            await using var tx = await client.BeginAsync(token);
            foreach (var batch in writes.Batches(CorpusWrites.LoadBatchSize))
            {
                await tx.RunAsync(batch.ToStatement(), token);
                done += batch.Rows.Count;
                progress?.Report(new LoadProgress("data", done, total));
            }
            await tx.RunAsync(new Statement(WriteStatements.DeleteRelationsNotIn).With("keys", writes.RelationKeys), token);
            await tx.RunAsync(new Statement(WriteStatements.DeleteNodesNotIn).With("ids", writes.NodeIds), token);
            await tx.CommitAsync(token);
            progress?.Report(new LoadProgress("committed", ++done, total));
        }, ct);
    }
}
