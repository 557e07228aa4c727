namespace Legal.Server.GraphQL;

/// <summary>No slot for an expensive request came free in time; answered as BUSY with HTTP 429 and Retry-After.</summary>
public sealed class BusyException() : Exception("too many expensive requests are running");
