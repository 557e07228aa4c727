using Xunit.Sdk;

namespace Legal.Tests.Engine;

/// <summary>Marks a contract test class that needs a live Neo4j.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute
{
    public const string Variable = "NEO4J_URI";

    public static string? SkipReason => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
        ? $"{Variable} is not set: set it (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a scratch Neo4j 5 database to run this against Neo4j"
        : null;
}
