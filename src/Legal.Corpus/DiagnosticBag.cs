using Legal.Model;

namespace Legal.Corpus;

/// <summary>Collects diagnostics while a corpus compiles.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(Origin at, string message) => _items.Add(new Diagnostic(at, message));

    public void Warning(Origin at, string message) => _items.Add(new Diagnostic(at, message, Severity.Warning));

    /// <summary>An error that only happens because of another one, such as a link to a node whose file was rejected.</summary>
    public void Consequence(Origin at, string message, Origin cause) => _items.Add(new Diagnostic(at, message, Severity.Error, cause));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
}
