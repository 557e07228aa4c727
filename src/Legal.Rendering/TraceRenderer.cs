using System.Text;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Rendering;

/// <summary>A trace as Markdown: each path a numbered chain of plain sentences, each step citing both ends, dated.</summary>
public sealed class TraceRenderer(ILinkScheme links)
{
    public string Render(Trace trace, Lang lang)
    {
        var md = new StringBuilder();
        var heading = trace.Query.Direction == TraceDirection.Up ? Phrases.TraceUp : Phrases.TraceDown;
        md.AppendLine($"# {heading[lang]} {MarkdownRenderer.Escape(Citations.Name(trace.Origin, trace.Nodes.GetValueOrDefault, lang))}").AppendLine();
        md.AppendLine($"- **{Phrases.AsOf[lang]}:** {trace.Query.AsOf:yyyy-MM-dd}");
        md.AppendLine($"- **{Phrases.MaxDepth[lang]}:** {trace.Query.MaxDepth}").AppendLine();
        if (trace.Paths.Count == 0) md.AppendLine($"*{Phrases.NoPaths[lang]}*");
        for (var i = 0; i < trace.Paths.Count; i++) md.Append(RenderPath(trace, trace.Paths[i], i + 1, lang));
        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>One path: a heading naming where it ends, then one sentence per step.</summary>
    public string RenderPath(Trace trace, TracePath path, int number, Lang lang)
    {
        var md = new StringBuilder();
        md.AppendLine($"## {number}. {MarkdownRenderer.Escape(Citations.Name(trace.Node(path.End), trace.Nodes.GetValueOrDefault, lang))}").AppendLine();
        for (var i = 0; i < path.Steps.Count; i++) md.AppendLine($"{i + 1}. {Sentence(trace, path.Steps[i], lang)}");
        md.AppendLine();
        return md.ToString();
    }

    private string Sentence(Trace trace, TraceStep step, Lang lang)
    {
        var label = step.Forward ? Phrases.RelationFrom(step.Relation.Type, lang) : Phrases.RelationTo(step.Relation.Type, lang);
        var from = Citations.Link(trace.Node(step.From), trace.Nodes.GetValueOrDefault, lang, links);
        var to = Citations.Link(trace.Node(step.To), trace.Nodes.GetValueOrDefault, lang, links);
        var extent = step.Relation.Extent is { } e ? $" ({Phrases.Extent(e, lang)})" : "";
        return $"{from} {label} {to}{extent}.";
    }
}
