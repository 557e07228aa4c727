using Legal.Corpus;
using Legal.Engine;

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
    public CompileResult Reload()
    {
        var result = CorpusCompiler.CompileDirectory(corpusRoot);
        // The indexes are built here, off the request path, before the swap: a served graph answers every question at full speed.
        if (result.Corpus is not null) Volatile.Write(ref _current, new EmbeddedGraph(result.Corpus).Warm());
        return result;
    }
}
