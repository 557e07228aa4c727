using Xunit.Abstractions;
using Xunit.Sdk;

namespace Legal.Tests.Engine;

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
