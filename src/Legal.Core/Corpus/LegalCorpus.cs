using System.Collections.Frozen;
using Legal.Core.Ids;
using Legal.Core.Model;

namespace Legal.Core.Corpus;

/// <summary>A compiled, validated corpus: every reference resolves and every node and edge carries its sources.</summary>
public sealed class LegalCorpus
{
    public LegalCorpus(IEnumerable<Node> nodes, IEnumerable<Edge> edges)
    {
        Nodes = nodes.ToFrozenDictionary(n => n.Id);
        Edges = edges.ToList();
        Disputes = Dispute.Among(Nodes.Values);
    }

    public IReadOnlyDictionary<NodeId, Node> Nodes { get; }

    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>Fields on which sources disagree, each with every competing claim.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }
}

/// <summary>The outcome of compiling a corpus: the corpus when it is clean, else only the diagnostics.</summary>
public sealed record CompileResult(LegalCorpus? Corpus, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Corpus is not null;
}
