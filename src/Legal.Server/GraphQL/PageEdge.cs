using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed record PageEdge(Node Node, string Cursor);
