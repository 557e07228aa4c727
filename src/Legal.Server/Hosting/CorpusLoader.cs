using System.Runtime.InteropServices;
using Legal.Embedded;

namespace Legal.Server.Hosting;

/// <summary>
/// Compiles the corpus when the host starts (a broken corpus stops start-up with every diagnostic logged),
/// and again on SIGHUP, the usual signal for a daemon to re-read its files, warming each new graph up (<see cref="WarmUp"/>).
/// A failed reload keeps serving the old graph.
/// </summary>
public sealed class CorpusLoader(GraphHolder holder, ILogger<CorpusLoader> logger, WarmUp? warmUp = null) : IHostedService, IDisposable
{
    private PosixSignalRegistration? _hangup;

    public Task StartAsync(CancellationToken ct)
    {
        if (!Load()) throw new InvalidOperationException($"the corpus at {holder.CorpusRoot} has errors; see the log above");
        _hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            // Off the signal handler, and never thrown from: a reload that fails must leave the server serving.
            _ = Task.Run(async () =>
            {
                if (SafeLoad() && warmUp is not null) await warmUp.RunAsync();
            });
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public void Dispose() => _hangup?.Dispose();

    /// <summary>A reload that cannot throw: anything it raises is logged, and the graph already served stays.</summary>
    public bool SafeLoad()
    {
        try
        {
            return Load();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Reloading the corpus at {Root} failed; still serving the previous graph", holder.CorpusRoot);
            return false;
        }
    }

    /// <summary>Compiles the corpus and swaps it in; on failure logs every diagnostic and keeps what is served.</summary>
    public bool Load()
    {
        var result = holder.Reload();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.IsError) logger.LogError("{Diagnostic}", diagnostic.Format(holder.CorpusRoot));
            else logger.LogWarning("{Diagnostic}", diagnostic.Format(holder.CorpusRoot));
        }
        if (result.Corpus is null)
        {
            logger.LogError("Corpus at {Root} rejected with {Count} error(s); {Action}", holder.CorpusRoot, result.Diagnostics.Count(d => d.IsError),
                holder.IsLoaded ? "still serving the previous graph" : "nothing to serve");
            return false;
        }
        logger.LogInformation("Loaded {Nodes} nodes and {Relations} relations from {Root}", result.Corpus.Nodes.Count, result.Corpus.Relations.Count, holder.CorpusRoot);
        return true;
    }
}
