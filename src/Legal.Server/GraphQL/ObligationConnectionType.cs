using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>The obligations register's page: each obligation knows, through <see cref="ObligationMatches"/>, how it applies to the subject asked about.</summary>
public sealed class ObligationConnectionType() : ConnectionType<ObligationType, ObligationMatch>("Obligation", ObligationMatches.Attach);
