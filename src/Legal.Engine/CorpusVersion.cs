namespace Legal.Engine;

/// <summary>
/// Which corpus a graph was compiled from: the receipt every answer carries, so an auditor can tell later what the tool
/// said and from what. <see cref="Hash"/> depends on the corpus's content alone; <see cref="CompiledAt"/> changes with every
/// load, so a reload of the same files still changes what HTTP caches key on.
/// </summary>
public sealed record CorpusVersion(string Hash, string? Commit, DateTimeOffset CompiledAt, int? Nodes, int? Relations)
{
    /// <summary>A store whose content this process did not compile (Neo4j, filled by another process) and so cannot vouch for.</summary>
    public static readonly CorpusVersion Unknown = new("unknown", null, DateTimeOffset.UnixEpoch, null, null);

    public bool IsKnown => !ReferenceEquals(this, Unknown) && Hash != Unknown.Hash;
}
