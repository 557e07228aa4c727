using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Model;

/// <summary>
/// One change in the law: a provision amended, inserted or ended by a version boundary, or an instrument
/// commencing or repealed. <see cref="Date"/> is as precise as the sources give it.
/// </summary>
public sealed record Change(PartialDate Date, ChangeKind Kind, NodeId Target, NodeId? By, Bilingual Summary);
