using Legal.Model;

namespace Legal.Corpus;

/// <summary>
/// A problem in the corpus, located at the line and column an editor should look at. A consequence names the error it
/// follows from (<see cref="Cause"/>): fixing the cause makes it go away, so it is listed under the cause.
/// </summary>
public sealed record Diagnostic(Origin Origin, string Message, Severity Severity = Severity.Error, Origin? Cause = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The conventional compiler form, <c>path:line:col: error: message</c>, with the path under the corpus root,
    /// normalised (no <c>..</c>), so an editor or terminal can open it.
    /// </summary>
    public string Format(string root) => $"{FullPath(root, Origin)}:{Origin.Line}:{Origin.Column}: {Label}: {Message}{Because(root)}";

    public override string ToString() => $"{Origin}: {Label}: {Message}{(Cause is null ? "" : $" (follows from the error at {Cause})")}";

    private string Label => Severity == Severity.Error ? "error" : "warning";

    private string Because(string root) => Cause is null ? "" : $" (follows from the error at {FullPath(root, Cause)}:{Cause.Line}:{Cause.Column})";

    private static string FullPath(string root, Origin at) => Path.GetFullPath(Path.Join(root, at.Path));
}
