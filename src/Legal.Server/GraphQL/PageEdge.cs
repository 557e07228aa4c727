using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>An item of a page with its cursor: a Relay edge.</summary>
public sealed record PageEdge<T>(T Item, string Cursor);
