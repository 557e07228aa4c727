using Legal.Embedded;
using Legal.Engine;
using Legal.Engine.References;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Tests.Server;

/// <summary>The embedded store with a hook run before every call, as a networked store pays for each: to count calls, or to make them slow.</summary>
internal sealed class InterceptedGraph(ILegalGraph inner, Func<CancellationToken, Task> before) : ILegalGraph
{
    public async Task<IReadOnlyDictionary<NodeId, Node>> GetManyAsync(IReadOnlyCollection<NodeId> ids, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.GetManyAsync(ids, ct);
    }

    public async Task<IReadOnlyList<Relation>> RelationsAsync(IReadOnlyCollection<NodeId> ids, Direction direction, IReadOnlySet<RelationKind>? types = null, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.RelationsAsync(ids, direction, types, ct);
    }

    public async Task<Page<Node>> ListAsync(NodeQuery query, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.ListAsync(query, ct);
    }

    public async Task<IReadOnlyList<Dispute>> DisputesAsync(CancellationToken ct = default)
    {
        await before(ct);
        return await inner.DisputesAsync(ct);
    }

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.SearchAsync(query, ct);
    }

    public async Task<IReadOnlyList<Reference>> ExtractReferencesAsync(string text, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.ExtractReferencesAsync(text, ct);
    }

    public async Task<IReadOnlyList<Citation>> CitationsAsync(string text, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.CitationsAsync(text, ct);
    }

    public async Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default)
    {
        await before(ct);
        return await inner.ChangesAsync(since, until, ct);
    }
}

/// <summary>Serves the loaded corpus through an <see cref="InterceptedGraph"/>.</summary>
internal sealed class InterceptedProvider(GraphHolder holder, Func<CancellationToken, Task> before) : IGraphProvider
{
    public ILegalGraph Current => new InterceptedGraph(holder.Current, before);
}
