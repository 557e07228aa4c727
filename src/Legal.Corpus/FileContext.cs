using Legal.Model;
using Legal.Model.Ids;
using YamlDotNet.RepresentationModel;

namespace Legal.Corpus;

/// <summary>
/// One corpus file being read: turns positions inside a YAML block into file positions,
/// and records every reference to another node so the linker can check it once all files are read.
/// </summary>
internal sealed class FileContext(string path, int linesBeforeYaml, CompileState state)
{
    public string Path => path;

    public CompileState State => state;

    /// <summary>A context for a YAML block that starts after <paramref name="lines"/> lines of the file.</summary>
    public FileContext ForYamlAfter(int lines) => new(path, lines, state);

    public Origin At(YamlNode node) => new(path, linesBeforeYaml + (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>A position from Markdig, which counts lines and columns from zero.</summary>
    public Origin AtMarkdig(int line, int column) => new(path, line + 1, column + 1);

    public void Error(YamlNode node, string message) => state.Diagnostics.Error(At(node), message);

    public void Error(Origin at, string message) => state.Diagnostics.Error(at, message);

    public NodeId? ReadId(YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (NodeId.TryParse(text, out var id)) return id;
        Error(node, $"'{text}' is not a node id: expected a path such as kw/law/2013/106 or org/tftc, optionally with #art_16");
        return null;
    }

    public NodeId? ReadRef(YamlNode node)
    {
        var id = ReadId(node);
        if (id is not null) state.Expect(id, At(node));
        return id;
    }

    public NodeId? ReadSourceKey(YamlNode node)
    {
        var key = (node as YamlScalarNode)?.Value;
        if (!NodeId.TryParse($"src/{key}", out var id))
        {
            Error(node, $"'{key}' is not a source key: use the name of a file under sources/, such as kuna-2026-01-27");
            return null;
        }
        state.ExpectSource(id, At(node));
        return id;
    }
}
