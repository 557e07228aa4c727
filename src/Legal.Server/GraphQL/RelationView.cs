using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

/// <summary>An relation seen from one of its ends.</summary>
public sealed record RelationView(Relation Relation, bool Outgoing);
