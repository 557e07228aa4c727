using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>The outcome of compiling a corpus: the corpus when it is clean, else only the diagnostics.</summary>
public sealed record CompileResult(LegalCorpus? Corpus, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Corpus is not null;
}
