using Legal.Neo4j.Cypher;
using Legal.Neo4j.QueryApi;
using Polly;

namespace Legal.Neo4j;

/// <summary>How far a load has got, in rows written out of the corpus's total.</summary>
public sealed record LoadProgress(string Step, int Done, int Total);
