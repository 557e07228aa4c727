using Xunit.Abstractions;
using Xunit.Sdk;

namespace Legal.Tests.Engine;

public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo fact)
    {
        var needsNeo4j = method.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        yield return new ContractTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method,
            needsNeo4j ? RequiresNeo4jAttribute.SkipReason : null);
    }
}
