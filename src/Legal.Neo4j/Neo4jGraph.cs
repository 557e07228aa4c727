using System.Text.Json.Nodes;
using Legal.Core.Graph;
using Legal.Core.Ids;
using Legal.Core.Model;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;
using Legal.Neo4j.QueryApi;
using Polly;

namespace Legal.Neo4j;

/// <summary>
/// The query contract answered from Neo4j: one read-only call per method, whatever the number of ids.
/// A store that cannot be reached, or refuses our credentials, surfaces as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class Neo4jGraph(QueryApiClient client, ResiliencePipeline retries) : ILegalGraph
{
    private static readonly IReadOnlyList<string> AllTypes = GraphSchema.RelationshipTypes.ToList();

    public async Task<IReadOnlyDictionary<NodeId, Node>> GetManyAsync(IReadOnlyCollection<NodeId> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<NodeId, Node>();
        var result = await ReadAsync(new Statement(ReadStatements.NodesByIds).With("ids", Distinct(ids)), ct);
        return result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject())).ToDictionary(n => n.Id);
    }

    public async Task<IReadOnlyList<Edge>> EdgesAsync(IReadOnlyCollection<NodeId> ids, Direction direction, IReadOnlySet<EdgeType>? types = null,
        CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var anchors = Distinct(ids);
        var text = direction switch { Direction.Out => ReadStatements.EdgesOut, Direction.In => ReadStatements.EdgesIn, _ => ReadStatements.EdgesBoth };
        var statement = new Statement(text).With("ids", anchors).With("types", types?.Select(GraphSchema.RelationshipType).ToList() ?? AllTypes);
        var result = await ReadAsync(statement, ct);
        // The embedded store's order: outgoing before incoming, then by the order the ids were given, then the corpus's order.
        var position = anchors.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return result.Records
            .OrderBy(r => r["side"]!.GetValue<long>())
            .ThenBy(r => position[r["anchor"]!.GetValue<string>()])
            .ThenBy(r => r["props"]![EdgeProperties.Seq]!.GetValue<long>())
            .Select(r => EdgeProperties.ToEdge(r["from"]!.GetValue<string>(), r["type"]!.GetValue<string>(), r["to"]!.GetValue<string>(), r["props"]!.AsObject()))
            .ToList();
    }

    public async Task<Page<Node>> ListAsync(NodeQuery query, CancellationToken ct = default)
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
    }

    public async Task<IReadOnlyList<Dispute>> DisputesAsync(CancellationToken ct = default)
    {
        var result = await ReadAsync(new Statement(ReadStatements.NodesWithClaims), ct);
        return Dispute.Among(result.Records.Select(r => NodeProperties.ToNode(r["node"]!.AsObject())));
    }

    public async Task<IReadOnlyList<Change>> ChangesAsync(DateOnly since, DateOnly until, CancellationToken ct = default)
    {
        var record = (await ReadAsync(new Statement(ReadStatements.ChangeSources), ct)).Records.Single();
        var nodes = record["nodes"]!.AsArray().Select(n => NodeProperties.ToNode(n!.AsObject()));
        var repeals = record["repeals"]!.AsArray()
            .Select(r => EdgeProperties.ToEdge(r!["from"]!.GetValue<string>(), GraphSchema.RelationshipType(EdgeType.Repeals), r["to"]!.GetValue<string>(), r["props"]!.AsObject()));
        return ChangeLog.Of(nodes, repeals).Where(c => ChangeLog.Within(c, since, until)).ToList();
    }

    private static List<string> Distinct(IEnumerable<NodeId> ids) => ids.Select(id => id.ToString()).Distinct().ToList();

    private async Task<QueryResult> ReadAsync(Statement statement, CancellationToken ct)
    {
        try
        {
            return await retries.ExecuteAsync(async token => await client.RunAsync(statement, readOnly: true, token), ct);
        }
        catch (Neo4jException e) when (e.Failure is Neo4jFailure.Unavailable or Neo4jFailure.Unauthorized or Neo4jFailure.Transient)
        {
            throw new StoreUnavailableException($"the Neo4j store cannot answer: {e.Message}", e);
        }
    }
}
