using Xunit.Abstractions;
using Xunit.Sdk;

namespace Legal.Tests.Graph;

/// <summary>
/// A contract test: runs in every class that inherits it, except that a class marked <see cref="RequiresNeo4jAttribute"/>
/// reports its tests skipped, with the reason, when <c>NEO4J_URI</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("Legal.Tests.Graph.ContractFactDiscoverer", "Legal.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a contract test class that needs a live Neo4j.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute
{
    public const string Variable = "NEO4J_URI";

    public static string? SkipReason => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
        ? $"{Variable} is not set: set it (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a scratch Neo4j 5 database to run this against Neo4j"
        : null;
}

public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo fact)
    {
        var needsNeo4j = method.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        yield return new ContractTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method,
            needsNeo4j ? RequiresNeo4jAttribute.SkipReason : null);
    }
}

/// <summary>A test case whose skip reason is decided at discovery; serialised so that runners that re-create cases keep it.</summary>
public sealed class ContractTestCase : XunitTestCase
{
    private string? _skip;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ContractTestCase() { }

    public ContractTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string? skip)
        : base(diagnostics, display, displayOptions, method) => _skip = skip;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Skip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skip = data.GetValue<string?>("Skip");
        base.Deserialize(data);
    }
}
