namespace Legal.Server.Hosting;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request: answered 400 with INVALID_REQUEST, nothing run.</summary>
public sealed class GraphQLHttpRequestException(string message, string code = Legal.Server.GraphQL.ErrorCodes.InvalidRequest, int status = StatusCodes.Status400BadRequest)
    : Exception(message)
{
    public string Code => code;

    public int Status => status;
}
