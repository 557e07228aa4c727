namespace Legal.Engine;

/// <summary>
/// The store behind the graph cannot answer now (unreachable, timing out, or refusing our credentials).
/// Callers report it as such rather than as a fault in the question, and may ask again later.
/// </summary>
public sealed class StoreUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
