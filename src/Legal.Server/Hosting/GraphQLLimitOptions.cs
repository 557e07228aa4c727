namespace Legal.Server.Hosting;

/// <summary>Limits that keep one request from monopolising the server (section "GraphQL").</summary>
public sealed class GraphQLLimitOptions
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 12;

    public int MaxComplexity { get; set; } = 100_000;
}
