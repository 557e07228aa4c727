using Legal.Model.Ids;

namespace Legal.Model;

/// <summary>One item of an action plan (such as the FATF's for a listed country): what is to be done, what it concerns, and who says so.</summary>
public sealed record ActionItem(Bilingual Text, IReadOnlyList<NodeId> Concerns, IReadOnlyList<NodeId> Sources, string? Note);
