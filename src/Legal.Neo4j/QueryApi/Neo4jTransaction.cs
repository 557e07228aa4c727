namespace Legal.Neo4j.QueryApi;

/// <summary>
/// An open explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back, so an exception
/// midway leaves the database as it was. Neo4j also rolls back a transaction left idle (about 30 s, unconfirmed).
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(QueryApiClient client, string id, string? affinity) => (_client, Id, _affinity) = (client, id, affinity);

    public string Id { get; }

    public Task<QueryResult> RunAsync(Statement statement, CancellationToken ct = default) => _client.RunInAsync(Id, _affinity, statement, ct);

    public async Task CommitAsync(CancellationToken ct = default)
    {
        _finished = true;
        await _client.CommitAsync(Id, _affinity, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished) return;
        _finished = true;
        try
        {
            await _client.RollbackAsync(Id, _affinity, CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // The server already dropped it (a failed statement ends the transaction), or cannot be reached: either way nothing was committed.
        }
    }
}
