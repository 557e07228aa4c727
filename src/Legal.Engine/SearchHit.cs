using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

/// <summary>A node that matched, how well, and a short passage with the matched words marked.</summary>
public sealed record SearchHit(Node Node, float Score, Snippet Snippet)
{
    /// <summary>The hit's jurisdiction facet: its own, or that of the instrument or duty it belongs to (KW, UN, FATF …).</summary>
    public string? Jurisdiction => SearchPolicy.Jurisdiction(Node);
}
