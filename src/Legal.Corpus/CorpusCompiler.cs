using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>
/// Compiles a folder of corpus files into a <see cref="LegalCorpus"/>. A corpus with any error is rejected whole,
/// so a half-valid graph is never served.
/// </summary>
public static class CorpusCompiler
{
    public static CompileResult CompileDirectory(string root)
    {
        if (!Directory.Exists(root))
        {
            return new CompileResult(null, [new Diagnostic(new Origin(".", 1, 1), $"corpus folder '{root}' does not exist")]);
        }
        var found = new DiagnosticBag();
        return CompileBytes(CorpusFiles.Read(root, found), found);
    }

    /// <summary>Compiles files given as (path relative to the corpus root, bytes as read from disk), which must be UTF-8.</summary>
    public static CompileResult CompileBytes(IEnumerable<(string Path, byte[] Bytes)> files) => CompileBytes(files, new DiagnosticBag());

    private static CompileResult CompileBytes(IEnumerable<(string Path, byte[] Bytes)> files, DiagnosticBag found)
    {
        var state = new CompileState();
        foreach (var diagnostic in found.Items) state.Diagnostics.Add(diagnostic);
        var texts = new List<(string, string)>();
        foreach (var (path, bytes) in files)
        {
            var errorsBefore = state.Diagnostics.Items.Count;
            if (CorpusText.Decode(path, bytes, state.Diagnostics) is { } text) texts.Add((path, text));
            else state.Reject(System.Text.Encoding.UTF8.GetString(bytes), state.Diagnostics.Items[errorsBefore].Origin);
        }
        return Compile(texts, state);
    }

    /// <summary>Compiles files given as (path relative to the corpus root, text).</summary>
    public static CompileResult Compile(IEnumerable<(string Path, string Text)> files) => Compile(files, new CompileState());

    private static CompileResult Compile(IEnumerable<(string Path, string Text)> files, CompileState state)
    {
        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            CorpusFileReader.Read(path, text.ReplaceLineEndings("\n"), state);
        }
        var corpus = Link(state);
        var diagnostics = DiagnosticOrder.CausesFirst(state.Diagnostics.Items);
        return new CompileResult(diagnostics.Any(d => d.IsError) ? null : corpus, diagnostics);
    }

    private static LegalCorpus Link(CompileState state)
    {
        var nodes = new Dictionary<NodeId, Node>();
        foreach (var node in state.Nodes)
        {
            if (!nodes.TryAdd(node.Id, node))
            {
                state.Diagnostics.Error(node.Origin, $"duplicate id '{node.Id}', first defined at {nodes[node.Id].Origin}");
            }
        }
        foreach (var (target, at) in state.References.Where(r => !nodes.ContainsKey(r.Target)))
        {
            // A target whose own file was rejected is not a second mistake: it is listed under the first.
            if (state.Rejected.TryGetValue(target.WorkId, out var cause))
            {
                state.Diagnostics.Consequence(at, $"unresolved link target '{target}': its file was rejected", cause);
            }
            else state.Diagnostics.Error(at, $"unresolved link target '{target}'{Suggest(target, nodes.Keys)}");
        }
        foreach (var (source, at) in state.SourceReferences)
        {
            if (!nodes.TryGetValue(source, out var node) || node.Kind != NodeKind.Source)
            {
                state.Diagnostics.Error(at, $"unknown source '{source.Work["src/".Length..]}': add sources/{source.Work["src/".Length..]}.md");
            }
        }
        var imposedBy = state.Relations.Where(e => e.Type == RelationKind.Imposes).GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.First().From);
        var sourced = nodes.Values.Select(n => n with { Sources = EffectiveSources(n, nodes, imposedBy, state) }).ToDictionary(n => n.Id);
        var relations = state.Relations.Select(e => e.Sources.Count > 0 ? e : e with { Sources = sourced.TryGetValue(e.From, out var from) ? from.Sources : [] });
        return new LegalCorpus(sourced.Values, relations);
    }

    /// <summary>
    /// A provision without its own sources is sourced by its instrument, and an obligation by the provision that imposes it:
    /// the summary was written from the same document. A file-level node must name its own.
    /// </summary>
    private static IReadOnlyList<NodeId> EffectiveSources(
        Node node, Dictionary<NodeId, Node> nodes, Dictionary<NodeId, NodeId> imposedBy, CompileState state)
    {
        if (node.Sources.Count > 0 || node.Kind == NodeKind.Source) return node.Sources;
        var inheritFrom = node.Kind switch
        {
            NodeKind.Provision => node.Parent,
            NodeKind.Obligation => imposedBy.GetValueOrDefault(node.Id),
            _ => null,
        };
        if (inheritFrom is not null && nodes.TryGetValue(inheritFrom, out var parent)) return EffectiveSources(parent, nodes, imposedBy, state);
        if (node.Kind.IsFileKind()) state.Diagnostics.Error(node.Origin, "missing source: add 'sources:' with at least one source key");
        return [];
    }

    /// <summary>The nearest known ids by edit distance (in the same work when it has any), as "did you mean".</summary>
    private static string Suggest(NodeId target, IEnumerable<NodeId> known)
    {
        var ids = known.ToList();
        var sameWork = ids.Where(k => k.Work == target.Work).ToList();
        var near = NearestNames.Of(target.ToString(), (sameWork.Count > 0 ? sameWork : ids).Select(k => k.ToString()), 3);
        return near.Count == 0 ? "" : $" (did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?)";
    }
}
