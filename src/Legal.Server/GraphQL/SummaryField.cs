using GraphQL;
using GraphQL.DataLoader;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

/// <summary>
/// A summary as a client can use it: the corpus writes link targets as node ids (<c>org/kw-fiu</c>, <c>#art_3</c>); the
/// API gives each as the absolute address of its page, as the <c>markdown</c> field does. The targets are looked up in the
/// request's batch, so a list of summaries costs one lookup.
/// </summary>
internal static class SummaryField
{
    /// <summary>The summary with its links resolved: a string when it has none, else a batched result.</summary>
    public static object? Resolve(IResolveFieldContext context, string? summary, NodeId owner)
    {
        if (summary is null) return null;
        var targets = SummaryLinks.Targets(summary, owner).Distinct().ToList();
        if (targets.Count == 0) return summary;
        var links = context.Links();
        return context.Loaders().Nodes(targets).Then(nodes =>
        {
            var byId = nodes.ToDictionary(n => n.Id);
            return (string?)SummaryLinks.Rewrite(summary, owner, id => byId.TryGetValue(id, out var node) ? links.Href(node) : null);
        });
    }
}
