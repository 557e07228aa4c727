using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>Nesting no statute needs is refused at the line that goes too deep, before a parser can fail on it.</summary>
public class NestingGuardTests
{
    /// <summary>The one error to fix; the rest are links to the rejected file, listed as its consequences.</summary>
    private static Diagnostic Cause(CompileResult result)
    {
        Assert.All(result.Diagnostics.Skip(1), d => Assert.Equal(result.Diagnostics[0].Origin, d.Cause));
        return Assert.Single(result.Diagnostics, d => d.Cause is null);
    }

    private static string InFiu(string body) => Fixtures.Fiu + "\n::: en\n" + body + "\n:::\n";

    [Fact]
    public void AThousandDeepQuoteIsAnErrorAtItsLine()
    {
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", InFiu(string.Concat(Enumerable.Repeat("> ", 1000)) + "deep")));

        Assert.Equal(("org/test-fiu.md", 8), (d.Origin.Path, d.Origin.Line));
        Assert.Contains($"nested more than {NestingGuard.MaxDepth} deep", d.Message);
    }

    [Fact]
    public void ListsInQuotesAsDeepAsProseUsesAreRead() =>
        Assert.True(Fixtures.CompileWith("org/test-fiu.md", InFiu("> - a\n>   - b\n>     > quoted")).Succeeded);

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void DeeplyNestedFlowYamlIsAnErrorAtTheBracketPastTheLimit(string open, string close)
    {
        var value = string.Concat(Enumerable.Repeat(open, 5000)) + "x" + string.Concat(Enumerable.Repeat(close, 5000));
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]", $"sources: [test-source]\naliases: {value}")));

        Assert.Equal(6, d.Origin.Line);
        Assert.Contains("YAML nested more than", d.Message);
    }

    [Fact]
    public void DeeplyNestedBlockYamlIsAnError()
    {
        var value = string.Concat(Enumerable.Repeat("- ", 5000)) + "x";
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]", $"sources: [test-source]\naliases:\n  {value}")));

        Assert.Equal(7, d.Origin.Line);
        Assert.Contains($"nested more than {NestingGuard.MaxDepth} deep", d.Message);
    }
}
