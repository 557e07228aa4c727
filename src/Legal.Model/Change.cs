using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>
/// One event in the life of the law: an instrument made, commenced or repealed, a provision inserted, amended or ended.
/// <see cref="Date"/> is as precise as the sources give it, or only a day it cannot be before.
/// </summary>
public sealed record Change(TimePoint Date, ChangeKind Kind, NodeId Target, NodeId? By, Bilingual Summary);
