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

    public void Expect(NodeId target, Origin at) => References.Add((target, at));

    public void ExpectSource(NodeId source, Origin at) => SourceReferences.Add((source, at));

    public void Add(Relation relation)
    {
        Relations.Add(relation);
        Expect(relation.To, relation.Origin);
    }
}
