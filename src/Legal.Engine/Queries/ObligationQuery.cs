using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

/// <summary>
/// What applies to whom: <see cref="Subject"/> is a sector or body, and obligations binding any broader sector it is
/// part of apply to it too (banks are financial institutions). Each filter narrows; none given lists every obligation.
/// </summary>
public sealed record ObligationQuery(
    NodeId? Subject = null,
    NodeId? Topic = null,
    NodeId? Supervisor = null,
    Deontic? Deontic = null,
    DateOnly? AsOf = null,
    int First = 20,
    string? After = null);
