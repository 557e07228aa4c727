using GraphQL;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>
/// How an obligation applies, as the engine derived it: within an <c>obligations</c> page, for the subject asked about;
/// anywhere else (<c>node(id:)</c>, a provision's duties), for each sector it binds.
/// </summary>
internal static class ObligationMatches
{
    /// <summary>The match the enclosing <c>obligations</c> page holds for this obligation, or null outside one.</summary>
    public static ObligationMatch? Enclosing(IResolveFieldContext<Node> context)
    {
        for (var parent = context.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source is Page<ObligationMatch> page) return page.Items.FirstOrDefault(m => m.Obligation.Id == context.Source.Id);
        }
        return null;
    }

    /// <summary>The designations supervising the obligation: the subject's, within a page; each bound sector's, elsewhere.</summary>
    public static async Task<IReadOnlyList<Relation>> SupervisionAsync(IResolveFieldContext<Node> context) =>
        Enclosing(context)?.Supervision ?? await new ObligationFinder(context.Graph()).SupervisionAsync(context.Source.Id, context.AsOf(), context.CancellationToken);
}
