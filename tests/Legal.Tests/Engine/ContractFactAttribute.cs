using Xunit.Sdk;

namespace Legal.Tests.Engine;

/// <summary>
/// A contract test: runs in every class that inherits it, except that a class marked <see cref="RequiresNeo4jAttribute"/>
/// reports its tests skipped, with the reason, when <c>NEO4J_URI</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("Legal.Tests.Engine.ContractFactDiscoverer", "Legal.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
