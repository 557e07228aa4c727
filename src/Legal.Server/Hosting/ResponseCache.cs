namespace Legal.Server.Hosting;

/// <summary>
/// Serialised answers to GET queries, by ETag: the ETag already names the corpus load, the day and the whole request, so
/// an entry is never stale; a reload simply makes new ETags. Bounded in bytes.
/// </summary>
public sealed class ResponseCache
{
    private readonly BoundedCache<string, byte[]> _responses = new(maxEntries: 10_000, maxWeight: 64L << 20, weigh: b => b.Length);

    public byte[]? Get(string etag) => _responses.TryGet(etag, out var body) ? body : null;

    public void Add(string etag, byte[] body) => _responses.Add(etag, body);
}
