using System.Collections.Concurrent;

namespace Legal.Server.Hosting;

/// <summary>
/// Serialised answers by ETag: the ETag already names the corpus load, the day and the whole request, so an entry is never
/// stale; a reload simply makes new ETags. Bounded in bytes. An answer is made once even when many ask for it at the same
/// moment (a cold cache under load): the first request makes it, the others wait for its bytes instead of each running the
/// same query again, one after another, through the expensive slots. An answer keeps its compressed forms with it
/// (<see cref="AnswerBody"/>), so they are made once too.
/// </summary>
public sealed class ResponseCache
{
    private readonly BoundedCache<string, AnswerBody> _responses = new(maxEntries: 10_000, maxWeight: 128L << 20, weigh: a => a.Weight);
    // At most one entry per request running now, so bounded by the requests in flight.
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AnswerBody?>> _making = new(StringComparer.Ordinal);

    public AnswerBody? Get(string etag) => _responses.TryGet(etag, out var answer) ? answer : null;

    public void Add(string etag, AnswerBody answer) => _responses.Add(etag, answer);

    /// <summary>
    /// The answer another request is making for this ETag, or null when none is: then this caller makes it, and must report
    /// with <see cref="Finish"/> (the answer when it is kept, null when it is not, so the waiters run it themselves).
    /// </summary>
    public Task<AnswerBody?>? Follow(string etag, out TaskCompletionSource<AnswerBody?>? lead)
    {
        var mine = new TaskCompletionSource<AnswerBody?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var making = _making.GetOrAdd(etag, mine);
        lead = making == mine ? mine : null;
        return lead is null ? making.Task : null;
    }

    /// <summary>Ends the making of an answer; it is already kept (<see cref="Add"/>) when there is one, so no one misses it.</summary>
    public void Finish(string etag, TaskCompletionSource<AnswerBody?> lead, AnswerBody? answer)
    {
        _making.TryRemove(new KeyValuePair<string, TaskCompletionSource<AnswerBody?>>(etag, lead));
        lead.TrySetResult(answer);
    }
}
