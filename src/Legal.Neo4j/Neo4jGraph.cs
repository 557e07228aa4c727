using Legal.Engine;
using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;
using Legal.Neo4j.QueryApi;
using Lucene.Net.QueryParsers.Classic;
using Polly;

namespace Legal.Neo4j;

/// <summary>
/// The query contract answered from Neo4j: one read-only call per method (two for search), whatever the number of ids.
/// A store that cannot be reached, or refuses our credentials, surfaces as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class Neo4jGraph(QueryApiClient client, ResiliencePipeline retries) : ILegalGraph
{
    private static readonly IReadOnlyList<string> AllTypes = GraphSchema.RelationshipTypes.ToList();

    public Task<IReadOnlyDictionary<NodeId, Node>> GetManyAsync(IReadOnlyCollection<NodeId> ids, CancellationToken ct = default) => Answer<IReadOnlyDictionary<NodeId, Node>>(async () =>
    {
        if (ids.Count == 0) return new Dictionary<NodeId, Node>();
        var result = await ReadAsync(new Statement(ReadStatements.NodesByIds).With("ids", Distinct(ids)), ct);
        return result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject())).ToDictionary(n => n.Id);
    });

    public Task<IReadOnlyList<Relation>> RelationsAsync(IReadOnlyCollection<NodeId> ids, Direction direction, IReadOnlySet<RelationKind>? types = null,
        CancellationToken ct = default) => Answer<IReadOnlyList<Relation>>(async () =>
    {
        if (ids.Count == 0) return [];
        var anchors = Distinct(ids);
        var text = direction switch { Direction.Out => ReadStatements.RelationsOut, Direction.In => ReadStatements.RelationsIn, _ => ReadStatements.RelationsBoth };
        var statement = new Statement(text).With("ids", anchors).With("types", types?.Select(GraphSchema.RelationshipType).ToList() ?? AllTypes);
        var result = await ReadAsync(statement, ct);
        // The embedded store's order: outgoing before incoming, then by the order the ids were given, then the corpus's order.
        var position = anchors.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return result.Records
            .OrderBy(r => r["side"]!.GetValue<long>())
            .ThenBy(r => position[r["anchor"]!.GetValue<string>()])
            .ThenBy(r => r["props"]![RelationProperties.Seq]!.GetValue<long>())
            .Select(r => RelationProperties.ToRelation(r["from"]!.GetValue<string>(), r["type"]!.GetValue<string>(), r["to"]!.GetValue<string>(), r["props"]!.AsObject()))
            .ToList();
    });

    public Task<Page<Node>> ListAsync(NodeQuery query, CancellationToken ct = default) => Answer<Page<Node>>(async () =>
    {
        Paging.CheckPageSize(query.First);
        var statement = new Statement(ReadStatements.Page)
            .With("kinds", query.Kinds?.Select(k => k.ToSnakeCase()).ToList())
            .With("jurisdiction", query.Jurisdiction)
            .With("after", Paging.Decode(query.After))
            .With("first", query.First);
        var record = (await ReadAsync(statement, ct)).Records.Single();
        var nodes = record["nodes"]!.AsArray().Select(n => NodeProperties.ToNode(n!.AsObject())).ToList();
        return Paging.Of(nodes, (int)record["total"]!.GetValue<long>(), (int)record["remaining"]!.GetValue<long>(), n => n.Id.ToString());
    });

    public Task<IReadOnlyList<Dispute>> DisputesAsync(CancellationToken ct = default) => Answer<IReadOnlyList<Dispute>>(async () =>
    {
        var result = await ReadAsync(new Statement(ReadStatements.NodesWithClaims), ct);
        return Dispute.Among(result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject())));
    });

    public Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default) => Answer<IReadOnlyList<Change>>(async () =>
    {
        var record = (await ReadAsync(new Statement(ReadStatements.ChangeSources), ct)).Records.Single();
        var nodes = record["nodes"]!.AsArray().Select(n => NodeProperties.ToNode(n!.AsObject()));
        var repeals = record["repeals"]!.AsArray()
            .Select(r => RelationProperties.ToRelation(r!["from"]!.GetValue<string>(), GraphSchema.RelationshipType(RelationKind.Repeals), r["to"]!.GetValue<string>(), r["props"]!.AsObject()));
        return ChangeLog.Of(nodes, repeals).Where(c => ChangeLog.Within(c, since, until)).ToList();
    });

    /// <summary>
    /// Neo4j's full-text indexes (analyzers <c>arabic</c> and <c>english</c>) rank the hits; the query is folded by the
    /// shared <see cref="ArabicNormalizer"/> and every word is required, as the embedded store's search does.
    /// Two calls: the ranked ids, then the page's nodes.
    /// </summary>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => Answer<Page<SearchHit>>(async () =>
    {
        var words = SearchPolicy.Words(query.Text);
        Paging.CheckPageSize(query.First);
        // Lower case keeps AND, OR and NOT as words; escaping keeps every other character literal in Lucene's syntax.
        var lucene = string.Join(" AND ", words.Select(w => QueryParserBase.Escape(ArabicNormalizer.Normalize(w).ToLowerInvariant())));
        var indexes = query.Lang switch { Lang.Ar => [GraphSchema.ArabicIndex], Lang.En => [GraphSchema.EnglishIndex], _ => new[] { GraphSchema.EnglishIndex, GraphSchema.ArabicIndex } };
        var statement = new Statement(ReadStatements.Search)
            .With("indexes", indexes)
            .With("query", lucene)
            .With("limit", SearchPolicy.MaxHits)
            .With("kinds", query.Kinds?.Select(k => k.ToSnakeCase()).ToList());
        // Neo4j's Lucene scores the words; the shared policy weighs the kinds, as for the embedded store.
        var ranked = (await ReadAsync(statement, ct)).Records
            .Select(r => (Id: NodeId.Parse(r["id"]!.GetValue<string>()), Kind: r["kind"]!.GetValue<string>(), Score: r["score"]!.GetValue<float>()))
            .Select(r => (r.Id, Score: r.Score * (NodeKinds.TryParse(r.Kind, out var kind) ? SearchPolicy.Weight(r.Id, kind) : 1f)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id.ToString(), StringComparer.Ordinal)
            .Select((r, rank) => (r.Id, r.Score, Rank: rank)).ToList();
        var page = Paging.Slice(ranked, query.First, query.After, r => r.Rank.ToString("D6"));
        var nodes = await GetManyAsync(page.Items.Select(r => r.Id).ToList(), ct);
        var terms = SearchPolicy.Terms(query.Text);
        var hits = page.Items.Where(r => nodes.ContainsKey(r.Id))
            .Select(r => new SearchHit(nodes[r.Id], r.Score, SearchPolicy.Passage(nodes[r.Id], terms, query.Lang))).ToList();
        return new Page<SearchHit>(hits, page.TotalCount, page.HasNextPage, page.EndCursor);
    });

    /// <summary>Built from the named nodes read in one call, so it always matches what Neo4j holds now.</summary>
    public Task<IReadOnlyList<Reference>> ExtractReferencesAsync(string text, CancellationToken ct = default) => Answer<IReadOnlyList<Reference>>(async () =>
    {
        var kinds = Enum.GetValues<NodeKind>().Where(k => k.IsInstrument() || k is NodeKind.Institution or NodeKind.Framework).Select(k => k.ToSnakeCase()).ToList();
        var result = await ReadAsync(new Statement(ReadStatements.NodesOfKinds).With("kinds", kinds), ct);
        return new ReferenceExtractor(result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject()))).Extract(text);
    });

    private static List<string> Distinct(IEnumerable<NodeId> ids) => ids.Select(id => id.ToString()).Distinct().ToList();

    /// <summary>
    /// Every failure of the store is the store's state, never the question's: any Neo4j error (a DatabaseError, an invalid
    /// statement, a body that is not JSON) and any answer in a shape this mapping cannot read surface as
    /// <see cref="StoreUnavailableException"/>. Argument checks (ArgumentException) and cancellation pass through.
    /// </summary>
    private static async Task<T> Answer<T>(Func<Task<T>> query)
    {
        try
        {
            return await query();
        }
        catch (Neo4jException e)
        {
            throw new StoreUnavailableException($"the Neo4j store cannot answer: {e.Message}", e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or NullReferenceException or FormatException
            or InvalidCastException or System.Text.Json.JsonException or IndexOutOfRangeException)
        {
            throw new StoreUnavailableException($"the Neo4j store answered in a shape Legal does not read: {e.Message}", e);
        }
    }

    private async Task<QueryResult> ReadAsync(Statement statement, CancellationToken ct) =>
        await retries.ExecuteAsync(async token => await client.RunAsync(statement, readOnly: true, token), ct);
}
