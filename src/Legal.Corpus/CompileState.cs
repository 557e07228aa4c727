using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>Everything read from the corpus so far, before the linker checks it as a whole.</summary>
internal sealed class CompileState
{
    public DiagnosticBag Diagnostics { get; } = new();
    public List<Node> Nodes { get; } = [];
    public List<Relation> Relations { get; } = [];
    public List<(NodeId Target, Origin At)> References { get; } = [];
    public List<(NodeId Source, Origin At)> SourceReferences { get; } = [];
    /// <summary>Where each provision version was written, by provision and position, for the linker's checks of time.</summary>
    public Dictionary<(NodeId Provision, int Index), Origin> VersionOrigins { get; } = [];
    /// <summary>Where each node's <c>in_force</c> was written.</summary>
    public Dictionary<NodeId, Origin> InForceOrigins { get; } = [];

    public void Expect(NodeId target, Origin at) => References.Add((target, at));

    public void ExpectSource(NodeId source, Origin at) => SourceReferences.Add((source, at));

    public void Add(Relation relation)
    {
        Relations.Add(relation);
        Expect(relation.To, relation.Origin);
    }
}
