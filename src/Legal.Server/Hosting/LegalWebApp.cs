using System.Runtime.InteropServices;
using Legal.Core.Graph;

namespace Legal.Server.Hosting;

/// <summary>Builds and runs the web host: GraphQL, health, and (later) pages, over the graph compiled at start-up.</summary>
public static class LegalWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddLegalServices(builder.Configuration);
        var app = builder.Build();
        app.MapLegalGraphQL();
        app.MapLegalHealth();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        if (!LoadCorpus(app)) return 1;
        // SIGHUP reloads the corpus, the usual signal for a daemon to re-read its files; a failed reload keeps serving the old graph.
        using var hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            LoadCorpus(app);
        });
        await app.RunAsync();
        return 0;
    }

    /// <summary>Compiles the corpus and swaps it in; on failure logs every diagnostic and keeps what is served.</summary>
    public static bool LoadCorpus(WebApplication app)
    {
        var holder = app.Services.GetRequiredService<GraphHolder>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Legal.Corpus");
        var result = holder.Reload();
        foreach (var diagnostic in result.Diagnostics) logger.LogError("{Diagnostic}", diagnostic.Format(holder.CorpusRoot));
        if (result.Corpus is null)
        {
            logger.LogError("Corpus at {Root} rejected with {Count} error(s); {Action}", holder.CorpusRoot, result.Diagnostics.Count,
                holder.IsLoaded ? "still serving the previous graph" : "nothing to serve");
            return false;
        }
        logger.LogInformation("Loaded {Nodes} nodes and {Edges} relations from {Root}", result.Corpus.Nodes.Count, result.Corpus.Edges.Count, holder.CorpusRoot);
        return true;
    }
}
