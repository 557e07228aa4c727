using System.Collections.Concurrent;

namespace Legal.Server.Hosting;

/// <summary>
/// A thread-safe map that never holds more than a fixed number of entries, or of bytes: when full it is emptied and
/// fills again with what is asked for now. Crude, but bounded whatever clients send, and free of locks on the read path.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int maxEntries, long maxWeight = long.MaxValue, Func<TValue, long>? weigh = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private long _weight;

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Add(TKey key, TValue value)
    {
        var weight = weigh?.Invoke(value) ?? 0;
        if (weight > maxWeight) return;
        if (_entries.Count >= maxEntries || Interlocked.Read(ref _weight) + weight > maxWeight) Clear();
        if (_entries.TryAdd(key, value)) Interlocked.Add(ref _weight, weight);
    }

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _weight, 0);
    }
}
