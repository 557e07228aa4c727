using Legal.Corpus;
using Legal.Engine;
using Legal.Model;

namespace Legal.Embedded;

/// <summary>
/// Holds the graph being served and swaps in a new one only when its corpus compiled cleanly,
/// so a failed reload never replaces what readers see. Readers take a reference and keep using it.
/// </summary>
public sealed class GraphHolder(string corpusRoot) : IGraphProvider
{
    private Loaded? _loaded;

    public string CorpusRoot => corpusRoot;

    public EmbeddedGraph Current => Read().Graph;

    ILegalGraph IGraphProvider.Current => Current;

    public ServedGraph Served => Read().Served;

    public bool IsLoaded => Volatile.Read(ref _loaded) is not null;

    /// <summary>Compiles the corpus off to the side; on success the new graph replaces the old one in a single step.</summary>
    /// <remarks>
    /// Whatever goes wrong, compiling or indexing, is returned as a diagnostic and leaves the served graph as it was:
    /// a reload runs on a signal handler, where an exception would end the process.
    /// </remarks>
    public CompileResult Reload()
    {
        try
        {
            var result = CorpusCompiler.CompileDirectory(corpusRoot);
            if (result.Corpus is { } corpus)
            {
                // The indexes are built here, off the request path, before the swap: a served graph answers every question at full speed.
                var graph = new EmbeddedGraph(corpus).Warm();
                var version = new CorpusVersion(corpus.ContentHash, GitCommit.Of(corpusRoot), WholeMilliseconds(DateTimeOffset.UtcNow), corpus.Nodes.Count, corpus.Relations.Count);
                Volatile.Write(ref _loaded, new Loaded(graph, new ServedGraph(graph, version)));
            }
            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CompileResult(null, [new Diagnostic(new Origin(".", 1, 1), $"the corpus could not be loaded: {e.GetType().Name}: {e.Message}")]);
        }
    }

    // The receipt and the corpus field print milliseconds; both then show the same instant.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerMillisecond));

    private Loaded Read() => Volatile.Read(ref _loaded) ?? throw new InvalidOperationException("the corpus has not been loaded yet");

    private sealed record Loaded(EmbeddedGraph Graph, ServedGraph Served);
}
