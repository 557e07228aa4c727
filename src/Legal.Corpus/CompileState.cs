using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>Everything read from the corpus so far, before the linker checks it as a whole.</summary>
internal sealed partial class CompileState
{
    public DiagnosticBag Diagnostics { get; } = new();
    public List<Node> Nodes { get; } = [];
    public List<Relation> Relations { get; } = [];
    public List<(NodeId Target, Origin At)> References { get; } = [];
    public List<(NodeId Source, Origin At)> SourceReferences { get; } = [];

    /// <summary>Ids declared by files that were rejected, with the error that rejected each: links to them follow from it.</summary>
    public Dictionary<NodeId, Origin> Rejected { get; } = [];

    /// <summary>Records that the file with this text was rejected at <paramref name="cause"/>, under the id it declares, if any.</summary>
    public void Reject(string text, Origin cause)
    {
        var declared = DeclaredId().Match(text);
        if (declared.Success && NodeId.TryParse(declared.Groups[1].Value, out var id)) Rejected.TryAdd(id.WorkId, cause);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^id:[ \t]*[""']?([^\s""'#]+)")]
    private static partial System.Text.RegularExpressions.Regex DeclaredId();

    public void Expect(NodeId target, Origin at) => References.Add((target, at));

    public void ExpectSource(NodeId source, Origin at) => SourceReferences.Add((source, at));

    /// <summary>Adds a relation; its target is checked once every file is read, unless the caller already asked for that.</summary>
    public void Add(Relation relation, bool expectTarget = true)
    {
        if (relation.From == relation.To)
        {
            Diagnostics.Error(relation.Origin, $"a relation '{relation.Type.ToSnakeCase()}' from '{relation.From}' to itself: a relation joins two different nodes");
            return;
        }
        Relations.Add(relation);
        if (expectTarget) Expect(relation.To, relation.Origin);
    }
}
