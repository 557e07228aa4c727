using System.Runtime.CompilerServices;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Server.Hosting;

/// <summary>
/// Renderings of nodes (Markdown and HTML, per language and as-of date), kept per loaded graph: a loaded corpus never
/// changes, so a rendering is made once and served until a reload brings a new graph (and with it an empty cache; the
/// old one goes with the old graph). A store that cannot vouch for its content (Neo4j) is rendered every time.
/// </summary>
public sealed class RenderingCache
{
    private readonly ConditionalWeakTable<ILegalGraph, BoundedCache<Key, string>> _byGraph = new();

    public async Task<string?> GetOrRenderAsync(ServedGraph served, NodeId id, Lang lang, DateOnly? asOf, string format, Func<Task<string?>> render)
    {
        if (!served.Version.IsKnown) return await render();
        var cache = _byGraph.GetValue(served.Graph, _ => new BoundedCache<Key, string>(maxEntries: 20_000, maxWeight: 256L << 20, weigh: s => s.Length * 2L));
        var key = new Key(id, lang, asOf, format);
        if (cache.TryGet(key, out var cached)) return cached;
        var rendered = await render();
        if (rendered is not null) cache.Add(key, rendered);
        return rendered;
    }

    private readonly record struct Key(NodeId Id, Lang Lang, DateOnly? AsOf, string Format);
}
