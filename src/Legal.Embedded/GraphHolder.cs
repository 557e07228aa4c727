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
    private EmbeddedGraph? _current;

    public string CorpusRoot => corpusRoot;

    public EmbeddedGraph Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("the corpus has not been loaded yet");

    ILegalGraph IGraphProvider.Current => Current;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

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
            // The indexes are built here, off the request path, before the swap: a served graph answers every question at full speed.
            if (result.Corpus is not null) Volatile.Write(ref _current, new EmbeddedGraph(result.Corpus).Warm());
            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CompileResult(null, [new Diagnostic(new Origin(".", 1, 1), $"the corpus could not be loaded: {e.GetType().Name}: {e.Message}")]);
        }
    }
}
