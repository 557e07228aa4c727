using System.Collections.Frozen;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>A compiled, validated corpus: every reference resolves and every node and relation carries its sources.</summary>
public sealed class LegalCorpus
{
    public LegalCorpus(IEnumerable<Node> nodes, IEnumerable<Relation> relations, string contentHash = "")
    {
        Nodes = new NodeMap(nodes);
        Relations = relations.ToList();
        Disputes = Dispute.Among(Nodes.Values);
        ContentHash = contentHash;
    }

    /// <summary>Every node by id; enumerated in id order (ordinal), so whatever walks it gives the same answer in every process.</summary>
    public IReadOnlyDictionary<NodeId, Node> Nodes { get; }

    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>Fields on which sources disagree, each with every competing claim.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }

    /// <summary>SHA-256 (hex) of the source files the corpus was compiled from, by path in ordinal order; empty when built in code.</summary>
    public string ContentHash { get; }
}
