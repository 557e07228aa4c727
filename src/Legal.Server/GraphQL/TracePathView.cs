using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

/// <summary>A path with the trace it belongs to (for naming its nodes) and its number in the trace.</summary>
public sealed record TracePathView(Trace Trace, TracePath Path, int Number);
