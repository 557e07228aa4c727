using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

/// <summary>A step with the trace it belongs to, which holds the nodes at both ends.</summary>
public sealed record TraceStepView(Trace Trace, TraceStep Step);
