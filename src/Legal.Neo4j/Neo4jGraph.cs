using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;
using System.Globalization;
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
        return Timeline.Of(nodes).Where(c => Timeline.Within(c, since, until)).ToList();
    });

    /// <summary>
    /// The shared search policy over Neo4j: the query is analysed by the same <see cref="LegalAnalyzer"/> the loader used
    /// for the pre-analysed search properties, any of its terms may match (each field weighed by the policy, the phrase
    /// adding its bonus), and the candidates are re-ranked by <see cref="SearchOrder"/> with the policy's coverage bonus,
    /// what the query cites first, and national rules above the standards they carry out, as the embedded store does.
    /// Calls: the named nodes (for citations), the hits, the relations carrying out the standards among them, the page's nodes.
    /// </summary>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => Answer<Page<SearchHit>>(async () =>
    {
        SearchPolicy.Words(query.Text);
        Paging.CheckPageSize(query.First);
        var analysed = AnalysedQuery.Of(query.Text);
        var fields = SearchPolicy.Fields(query.Lang);
        var citedIds = (await Extractor(ct)).Cited(query.Text);
        var citedNodes = citedIds.Count == 0 ? new Dictionary<NodeId, Node>() : await GetManyAsync(citedIds, ct);
        var cited = citedIds.Where(id => citedNodes.TryGetValue(id, out var n) && SearchOrder.Admits(n.Kind, query.Kinds)).ToList();
        var matches = new List<(NodeId Id, NodeKind Kind, float TextScore)>();
        if (analysed.Terms.Count > 0)
        {
            var statement = new Statement(ReadStatements.Search)
                .With("index", GraphSchema.SearchIndex)
                .With("query", LuceneQuery(analysed, fields))
                .With("limit", SearchPolicy.MaxHits)
                .With("kinds", (query.Kinds is { Count: > 0 } kinds ? kinds : Enum.GetValues<NodeKind>().Where(k => SearchOrder.Admits(k, null))).Select(k => k.ToSnakeCase()).ToList());
            foreach (var r in (await ReadAsync(statement, ct)).Records)
            {
                if (!NodeKinds.TryParse(r["kind"]!.GetValue<string>(), out var kind)) continue;
                var terms = fields.SelectMany(f => r["terms"]?[SearchProperties.Key(f)]?.GetValue<string>().Split(' ') ?? []).ToHashSet(StringComparer.Ordinal);
                var coverage = SearchPolicy.Coverage(analysed.Terms.Count(terms.Contains), analysed.Terms.Count);
                matches.Add((NodeId.Parse(r["id"]!.GetValue<string>()), kind, r["score"]!.GetValue<float>() * coverage));
            }
        }
        var standards = matches.Where(m => m.Kind is NodeKind.Standard or NodeKind.UnResolution).Select(m => m.Id).ToList();
        var carriedOutBy = (await RelationsAsync(standards, Direction.In, SearchOrder.CarryingOut, ct)).ToLookup(r => r.To, r => r.From);
        var ranked = SearchOrder.Rank(matches, cited, id => carriedOutBy[id]).Select((r, rank) => (r.Id, r.Score, Rank: rank)).ToList();
        var page = Paging.Slice(ranked, query.First, query.After, r => r.Rank.ToString("D6"));
        var nodes = await GetManyAsync(page.Items.Select(r => r.Id).ToList(), ct);
        var kept = page.Items.Select((r, i) => (Ranked: r, Cursor: page.Cursors[i])).Where(k => nodes.ContainsKey(k.Ranked.Id)).ToList();
        var hits = kept.Select(k => new SearchHit(nodes[k.Ranked.Id], k.Ranked.Score, SearchPolicy.Passage(nodes[k.Ranked.Id], analysed.Highlighted, query.Lang))).ToList();
        return new Page<SearchHit>(hits, page.TotalCount, page.HasNextPage, page.EndCursor, page.HasPreviousPage, kept.Select(k => k.Cursor).ToList());
    });

    /// <summary>
    /// Lucene's syntax for the analysed query: each term in any of the fields, boosted as the policy weighs the field,
    /// then the phrase in each field. Terms are escaped, so no reader's word is taken as an operator.
    /// </summary>
    private static string LuceneQuery(AnalysedQuery analysed, IReadOnlyList<SearchField> fields)
    {
        var clauses = analysed.Terms.Select(t => "(" + string.Join(" ", fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{SearchProperties.Key(f)}:{QueryParserBase.Escape(t)}^{SearchPolicy.Boost(f):0.##}"))) + ")").ToList();
        if (analysed.Phrase.Count > 1)
        {
            var phrase = string.Join(" ", analysed.Phrase.Select(p => QueryParserBase.Escape(p.Term)));
            clauses.AddRange(fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{SearchProperties.Key(f)}:\"{phrase}\"~{SearchPolicy.PhraseSlop}^{SearchPolicy.Boost(f) * SearchPolicy.PhraseBoost:0.##}")));
        }
        return string.Join(" ", clauses);
    }

    /// <summary>The citations that resolve to a node (see <see cref="CitationsAsync"/>).</summary>
    public async Task<IReadOnlyList<Reference>> ExtractReferencesAsync(string text, CancellationToken ct = default) =>
        (await CitationsAsync(text, ct)).Where(c => c.Target is not null).Select(c => new Reference(c.Start, c.End, c.Text, c.Target!)).ToList();

    /// <summary>
    /// Built from the named nodes read in one call, so it always matches what Neo4j holds now; the articles cited are
    /// then checked by id in a second call, and one Neo4j does not hold falls back to its instrument.
    /// </summary>
    public Task<IReadOnlyList<Citation>> CitationsAsync(string text, CancellationToken ct = default) => Answer<IReadOnlyList<Citation>>(async () =>
    {
        var citations = (await Extractor(ct)).Cite(text);
        var articles = citations.Where(c => c.Target is { IsProvision: true }).Select(c => c.Target!).ToList();
        if (articles.Count == 0) return citations;
        var held = await GetManyAsync(articles, ct);
        return citations.Select(c => c.Target is { IsProvision: true } article && !held.ContainsKey(article) ? c with { Target = article.WorkId } : c).ToList();
    });

    private async Task<ReferenceExtractor> Extractor(CancellationToken ct)
    {
        var kinds = Enum.GetValues<NodeKind>().Where(k => k.IsInstrument() || k is NodeKind.Institution or NodeKind.Framework).Select(k => k.ToSnakeCase()).ToList();
        var result = await ReadAsync(new Statement(ReadStatements.NodesOfKinds).With("kinds", kinds), ct);
        return new ReferenceExtractor(result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject())));
    }

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
