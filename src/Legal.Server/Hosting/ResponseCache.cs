using System.Collections.Concurrent;

namespace Legal.Server.Hosting;

/// <summary>
/// Serialised answers by ETag: the ETag already names the corpus load, the day and the whole request, so an entry is never
/// stale; a reload simply makes new ETags. Bounded in bytes. An answer is made once even when many ask for it at the same
/// moment (a cold cache under load): the first request makes it, the others wait for its bytes instead of each running the
/// same query again, one after another, through the expensive slots.
/// </summary>
public sealed class ResponseCache
{
    private readonly BoundedCache<string, byte[]> _responses = new(maxEntries: 10_000, maxWeight: 64L << 20, weigh: b => b.Length);
    // At most one entry per request running now, so bounded by the requests in flight.
    private readonly ConcurrentDictionary<string, TaskCompletionSource<byte[]?>> _making = new(StringComparer.Ordinal);

    public byte[]? Get(string etag) => _responses.TryGet(etag, out var body) ? body : null;

    public void Add(string etag, byte[] body) => _responses.Add(etag, body);

    /// <summary>
    /// The answer another request is making for this ETag, or null when none is: then this caller makes it, and must report
    /// with <see cref="Finish"/> (bytes when the answer is kept, null when it is not, so the waiters run it themselves).
    /// </summary>
    public Task<byte[]?>? Follow(string etag, out TaskCompletionSource<byte[]?>? lead)
    {
        var mine = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var making = _making.GetOrAdd(etag, mine);
        lead = making == mine ? mine : null;
        return lead is null ? making.Task : null;
    }

    /// <summary>Ends the making of an answer; it is already kept (<see cref="Add"/>) when it has bytes, so no one misses it.</summary>
    public void Finish(string etag, TaskCompletionSource<byte[]?> lead, byte[]? body)
    {
        _making.TryRemove(new KeyValuePair<string, TaskCompletionSource<byte[]?>>(etag, lead));
        lead.TrySetResult(body);
    }
}
