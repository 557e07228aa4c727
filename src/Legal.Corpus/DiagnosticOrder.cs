namespace Legal.Corpus;

/// <summary>
/// The order diagnostics are shown in: by file, line and column, except that each consequence is listed right after
/// the error it follows from, so the one mistake to fix comes first rather than buried among what it caused.
/// </summary>
internal static class DiagnosticOrder
{
    public static IReadOnlyList<Diagnostic> CausesFirst(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.OrderBy(d => d.Origin.Path, StringComparer.Ordinal).ThenBy(d => d.Origin.Line).ThenBy(d => d.Origin.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
        var byCause = all.Where(d => d.Cause is not null).ToLookup(d => d.Cause!);
        var ordered = new List<Diagnostic>(all.Count);
        foreach (var d in all.Where(d => d.Cause is null))
        {
            ordered.Add(d);
            ordered.AddRange(byCause[d.Origin]);
        }
        // A consequence whose cause has no diagnostic of its own still shows.
        ordered.AddRange(all.Where(d => d.Cause is not null && !ordered.Contains(d)));
        return ordered;
    }
}
