using Legal.Model;

namespace Legal.Corpus;

/// <summary>A problem in the corpus, located at the line and column an editor should look at.</summary>
public sealed record Diagnostic(Origin Origin, string Message)
{
    /// <summary>The conventional compiler form, <c>path:line:col: error: message</c>, with the path under the corpus root as given.</summary>
    public string Format(string root) => $"{Path.Join(root, Origin.Path)}:{Origin.Line}:{Origin.Column}: error: {Message}";

    public override string ToString() => $"{Origin}: error: {Message}";
}

/// <summary>Collects diagnostics while a corpus compiles.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(Origin at, string message) => _items.Add(new Diagnostic(at, message));
}
