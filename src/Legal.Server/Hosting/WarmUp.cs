using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.Hosting;

/// <summary>
/// Once a corpus has loaded, and before the server answers at start-up, asks the API one question of each kind it
/// serves: a lookup, a search, and every instrument in both languages as Markdown and HTML. The code behind them is then
/// compiled and the renderings are made and kept (<see cref="RenderingCache"/>), so the first real request after a start
/// or a reload is as fast as the ones after it. A failure here is logged and never stops the server.
/// </summary>
public sealed class WarmUp(IServiceScopeFactory scopes, IGraphProvider graphs, IGraphQLTextSerializer serializer, ILogger<WarmUp> logger) : IHostedService
{
    private const string Renderings = "query($id: ID!) { instrument(id: $id) { id en: markdown(lang: EN) ar: markdown(lang: AR) htmlEn: html(lang: EN) htmlAr: html(lang: AR) } }";
    private const string Lookup = "query($id: ID!) { node(id: $id) { id } }";
    private const string Search = "query($q: String!) { search(query: $q, first: 10) { edges { cursor node { id } hit { snippet } } } }";

    public Task StartAsync(CancellationToken ct) => RunAsync(ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task RunAsync(CancellationToken ct = default)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var kinds = Enum.GetValues<NodeKind>().Where(k => k.IsInstrument()).ToHashSet();
            var graph = graphs.Served.Graph;
            var instruments = new List<Node>();
            string? after = null;
            do
            {
                var page = await graph.ListAsync(new NodeQuery(kinds, First: 100, After: after), ct);
                instruments.AddRange(page.Items);
                after = page.HasNextPage ? page.EndCursor : null;
            }
            while (after is not null);
            foreach (var instrument in instruments) await AskAsync(Renderings, new() { ["id"] = instrument.Id.ToString() }, ct);
            if (instruments.FirstOrDefault() is { } first)
            {
                await AskAsync(Lookup, new() { ["id"] = first.Id.ToString() }, ct);
                await AskAsync(Search, new() { ["q"] = first.Title.En ?? first.Title.Ar ?? first.Id.ToString() }, ct);
            }
            logger.LogInformation("Warmed up on {Count} instruments in {Elapsed:N0} ms", instruments.Count,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Warming up failed; the first requests will be slower");
        }
    }

    private async Task AskAsync(string query, Dictionary<string, object?> variables, CancellationToken ct)
    {
        // A scope per question, as a request has, so each reads the graph served now.
        using var scope = scopes.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = new Inputs(variables),
            RequestServices = scope.ServiceProvider,
            CancellationToken = ct,
        });
        await serializer.WriteAsync(Stream.Null, result, ct);
        // A question that fails warms nothing: say so, or a slow first request would go unexplained.
        if (result.Errors is { Count: > 0 } errors) logger.LogWarning("Warming up: {Query} failed: {Error}", query, errors[0].Message);
    }
}
