using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Server.GraphQL;

/// <summary>The time fields instruments and provisions share: status on a day, each taking its own asOf.</summary>
internal static class TimeFields
{
    public static void AddStatus(ObjectGraphType<Node> type) =>
        type.Field<NonNullGraphType<TemporalStatusType>>("status")
            .Description("Where it stood on a day: for a provision, never in force while its instrument was not.")
            .Argument<DateScalar>("asOf", a => a.Description = AsOfArgument.Status)
            .Resolve(c => StatusOf(c));

    /// <summary>The status, with the instrument and the repealing instrument its reason may name, in two batched lookups.</summary>
    private static IDataLoaderResult<IDataLoaderResult<TemporalStatusView>> StatusOf(IResolveFieldContext<Node> c)
    {
        var (node, day) = (c.Source, c.AsOfOrToday());
        return c.Loaders().Nodes([node.Id.WorkId]).Then(works =>
        {
            var known = works.Append(node).DistinctBy(n => n.Id).ToDictionary(n => n.Id);
            var repealers = known.Values.Select(n => n.RepealedBy).OfType<NodeId>().ToList();
            return c.Loaders().Nodes(repealers).Then(found =>
            {
                foreach (var repealer in found) known.TryAdd(repealer.Id, repealer);
                return new TemporalStatusView(InForce.Of(node, known.GetValueOrDefault, day), day, node, known);
            });
        });
    }
}
