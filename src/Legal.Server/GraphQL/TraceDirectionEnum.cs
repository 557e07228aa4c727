using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

public sealed class TraceDirectionEnum : EnumerationGraphType<TraceDirection>
{
    public TraceDirectionEnum()
    {
        Name = "TraceDirection";
        Description = "UP from a duty or provision to its legal bases and international sources; DOWN from an international source to what carries it out.";
    }
}
