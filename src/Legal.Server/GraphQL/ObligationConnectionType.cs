using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ObligationConnectionType() : ConnectionType<ObligationType>("Obligation");
