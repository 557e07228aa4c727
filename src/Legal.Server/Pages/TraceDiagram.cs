using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// A trace drawn as an inline SVG tree: the origin at the top and each node one row below the node it was reached from,
/// indented, with the relation that leads to it. Each node reached once (the tracer keeps shortest paths), so the paths
/// form a tree. Arabic mirrors the drawing so it reads from the right. Every box links to its node's page.
/// </summary>
internal static class TraceDiagram
{
    private const int Width = 560;
    private const int Row = 56;
    private const int BoxHeight = 46;
    private const int Indent = 26;
    private const double CharWidth = 7.4;

    public static Html Render(Trace trace, Lang lang)
    {
        var steps = trace.Paths.SelectMany(p => p.Steps).DistinctBy(s => s.To).ToList();
        var children = steps.ToLookup(s => s.From);
        var rows = new List<(Node Node, TraceStep? Step, int Depth)>();
        void Visit(NodeId id, TraceStep? step, int depth)
        {
            rows.Add((trace.Node(id), step, depth));
            foreach (var child in children[id]) Visit(child.To, child, depth + 1);
        }
        Visit(trace.Origin.Id, null, 0);

        var rowOf = rows.Select((r, i) => (r.Node.Id, i)).ToDictionary(r => r.Id, r => r.i);
        var connectors = rows.Where(r => r.Step is not null).Select(r => Connector(rowOf[r.Step!.From], rowOf[r.Node.Id], r.Depth, lang));
        var boxes = rows.Select((r, i) => Box(trace, r.Node, r.Step, r.Depth, i, lang));
        var height = rows.Count * Row;
        return Html.Of($"""
            <svg class="trace-diagram" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" role="group" aria-labelledby="diagram-caption" xmlns="http://www.w3.org/2000/svg">
            {Html.Join(connectors)}
            {Html.Join(boxes)}
            </svg>
            """);
    }

    private static Html Box(Trace trace, Node node, TraceStep? step, int depth, int row, Lang lang)
    {
        var boxWidth = Width - depth * Indent - 2;
        var x = X(depth * Indent + 1, boxWidth, lang);
        var y = row * Row + 1;
        var textX = lang == Lang.Ar ? x + boxWidth - 10 : x + 10;
        var name = Citations.Name(node, trace.Nodes.GetValueOrDefault, lang);
        var label = step is null ? null : step.Forward ? Phrases.RelationFrom(step.Relation.Type, lang) : Phrases.RelationTo(step.Relation.Type, lang);
        var kind = step is null ? "origin" : node.Kind.ToSnakeCase();
        return Html.Of($"""
            <a href="{PageLinks.Site.Href(node)}" class="node {kind}">
            <title>{name}</title>
            <rect x="{x}" y="{y}" width="{boxWidth}" height="{BoxHeight}" rx="6"/>
            {(step is null ? Html.Empty : Html.Of($"""<text x="{textX}" y="{y + 17}" class="relation" direction="{lang.Direction()}">{label}</text>"""))}
            <text x="{textX}" y="{y + (step is null ? 28 : 36)}" class="name" direction="{lang.Direction()}">{Fit(name, boxWidth - 20)}</text>
            </a>
            """);
    }

    /// <summary>An elbow from the left (right, in Arabic) of the parent's row down to the child's box.</summary>
    private static Html Connector(int parentRow, int childRow, int depth, Lang lang)
    {
        var across = X((depth - 1) * Indent + Indent / 2, 0, lang);
        var into = X(depth * Indent + 1, 0, lang);
        var top = parentRow * Row + BoxHeight + 1;
        var middle = childRow * Row + 1 + BoxHeight / 2;
        return Html.Of($"""<path class="relation" d="M {across} {top} V {middle} H {into}" fill="none"/>""");
    }

    /// <summary>Left-to-right x of something <paramref name="width"/> wide, mirrored for a right-to-left reader.</summary>
    private static double X(double x, double width, Lang lang) => lang == Lang.Ar ? Width - x - width : x;

    /// <summary>SVG text does not wrap: a long name is cut to the box, and its full form is the box's title.</summary>
    private static string Fit(string text, double width)
    {
        var max = (int)(width / CharWidth);
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }
}
