using GraphQL.DataLoader;

namespace Legal.Server.GraphQL;

/// <summary>
/// Collects the keys that resolvers ask for while graphql-dotnet runs one step of a query, and fetches them all in one
/// call when the first result that needs them is awaited: graphql-dotnet calls every resolver of a step before
/// awaiting any <see cref="IDataLoaderResult"/>. So a list of any length costs one store call per field, not one per item.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly List<TKey> _queued = [];
    // Each key asked for, with the call that fetches it: keys are fetched once per request.
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _fetches = [];

    /// <summary>The values found for these keys, in their order; keys with nothing found are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Load(IReadOnlyCollection<TKey> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (!_fetches.ContainsKey(key) && !_queued.Contains(key)) _queued.Add(key);
            }
        }
        return new Pending(this, keys);
    }

    private async Task<IReadOnlyList<TValue>> ResultAsync(IReadOnlyCollection<TKey> keys, CancellationToken ct)
    {
        List<(TKey Key, Task<IReadOnlyDictionary<TKey, TValue>> Fetch)> mine;
        lock (_gate)
        {
            // Only a result still waiting for one of its own keys fetches, and it takes every key queued so far. A result
            // whose keys are already on their way must not fetch the keys that other items are still queueing.
            if (keys.Any(k => !_fetches.ContainsKey(k)))
            {
                var batch = fetch(_queued.ToList(), ct);
                foreach (var key in _queued) _fetches[key] = batch;
                _queued.Clear();
            }
            mine = keys.Select(k => (k, _fetches[k])).ToList();
        }
        await Task.WhenAll(mine.Select(m => m.Fetch).Distinct());
        var found = new List<TValue>();
        foreach (var (key, fetched) in mine)
        {
            if (fetched.Result.TryGetValue(key, out var value)) found.Add(value);
        }
        return found;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, IReadOnlyCollection<TKey> keys) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken ct = default) => loader.ResultAsync(keys, ct);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken ct) => await GetResultAsync(ct);
    }
}

/// <summary>
/// Composing batched results. A lookup that depends on another (relations, then their nodes) must be returned from
/// <see cref="Then{TIn,TOut}"/> as a result, never awaited inside it: graphql-dotnet then completes it with the next
/// step, batched with the same lookup from every other item.
/// </summary>
internal static class DataLoaderResults
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> first, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(first, map);

    /// <summary>Two results loaded in the same step, combined; both were queued, so awaiting them fetches each in one batch.</summary>
    public static IDataLoaderResult<TOut> With<TA, TB, TOut>(this IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> combine) =>
        new Combined<TA, TB, TOut>(a, b, combine);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken ct = default) => map(await first.GetResultAsync(ct));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken ct) => await GetResultAsync(ct);
    }

    private sealed class Combined<TA, TB, TOut>(IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> combine) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken ct = default) => combine(await a.GetResultAsync(ct), await b.GetResultAsync(ct));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken ct) => await GetResultAsync(ct);
    }
}
