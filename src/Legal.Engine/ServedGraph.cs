namespace Legal.Engine;

/// <summary>A graph with the version of the corpus it holds, taken together so that a reload cannot pair one with the other's.</summary>
public sealed record ServedGraph(ILegalGraph Graph, CorpusVersion Version);
