using System.Runtime.CompilerServices;
using GraphQL;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>
/// How an obligation applies, as the engine derived it: within an <c>obligations</c> page, for the subject asked about;
/// anywhere else (<c>node(id:)</c>, a provision's duties), for each sector it binds. An obligations page hands GraphQL
/// a copy of each obligation node tied to its match, so two pages in one request (for two subjects) never mix.
/// </summary>
internal static class ObligationMatches
{
    // Keyed by reference: each copy lives as long as the response being built, and its entry with it.
    private static readonly ConditionalWeakTable<Node, ObligationMatch> Matches = new();

    /// <summary>A copy of the match's obligation node that remembers the match.</summary>
    public static Node Attach(ObligationMatch match)
    {
        var copy = match.Obligation with { };
        Matches.AddOrUpdate(copy, match);
        return copy;
    }

    /// <summary>The match this obligation node was handed out with, or null outside an obligations page.</summary>
    public static ObligationMatch? Of(Node obligation) => Matches.TryGetValue(obligation, out var match) ? match : null;

    /// <summary>The designations supervising the obligation: the subject's, within a page; each bound sector's, elsewhere.</summary>
    public static async Task<IReadOnlyList<Relation>> SupervisionAsync(IResolveFieldContext<Node> context) =>
        Of(context.Source)?.Supervision ?? await new ObligationFinder(context.Graph()).SupervisionAsync(context.Source.Id, context.AsOf(), context.CancellationToken);
}
