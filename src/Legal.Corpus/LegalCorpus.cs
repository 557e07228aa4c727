using System.Collections.Frozen;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>A compiled, validated corpus: every reference resolves and every node and relation carries its sources.</summary>
public sealed class LegalCorpus
{
    public LegalCorpus(IEnumerable<Node> nodes, IEnumerable<Relation> relations)
    {
        Nodes = nodes.ToFrozenDictionary(n => n.Id);
        Relations = relations.ToList();
        Disputes = Dispute.Among(Nodes.Values);
    }

    public IReadOnlyDictionary<NodeId, Node> Nodes { get; }

    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>Fields on which sources disagree, each with every competing claim.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }
}
