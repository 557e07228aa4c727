using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class NodeConnectionType() : ConnectionType<NodeInterface>("Node");
