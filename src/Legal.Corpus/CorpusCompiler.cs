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
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)));
        return Compile(files);
    }

    /// <summary>Compiles files given as (path relative to the corpus root, text).</summary>
    public static CompileResult Compile(IEnumerable<(string Path, string Text)> files)
    {
        var state = new CompileState();
        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            CorpusFileReader.Read(path, text.ReplaceLineEndings("\n"), state);
        }
        var corpus = Link(state);
        var diagnostics = state.Diagnostics.Items
            .OrderBy(d => d.Origin.Path, StringComparer.Ordinal).ThenBy(d => d.Origin.Line).ThenBy(d => d.Origin.Column)
            .ToList();
        return new CompileResult(diagnostics.Count == 0 ? corpus : null, diagnostics);
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
            state.Diagnostics.Error(at, $"unresolved link target '{target}'{Suggest(target, nodes.Keys)}");
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
        var relations = state.Relations.Select(e => e.Sources.Count > 0 ? e : e with { Sources = sourced.TryGetValue(e.From, out var from) ? from.Sources : [] }).ToList();
        var (timed, withDerived) = TimeLinker.Link(sourced, relations, state);
        return new LegalCorpus(timed.Values, withDerived);
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

    private static string Suggest(NodeId target, IEnumerable<NodeId> known)
    {
        var near = known.Where(k => k.Work == target.Work).Select(k => k.ToString()).Order(StringComparer.Ordinal).Take(3).ToList();
        return near.Count == 0 ? "" : $" (this work has: {string.Join(", ", near)}{(near.Count == 3 ? ", …" : "")})";
    }
}
