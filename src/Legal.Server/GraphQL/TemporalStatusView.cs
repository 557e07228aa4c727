using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Server.GraphQL;

/// <summary>A node's status on a day, with the nodes its reason names (its instrument, the repealing instrument).</summary>
public sealed record TemporalStatusView(TemporalStatus Status, DateOnly AsOf, Node Subject, IReadOnlyDictionary<NodeId, Node> Known);
