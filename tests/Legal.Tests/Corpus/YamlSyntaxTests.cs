using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>A YAML mistake is reported at the line an editor must fix, in words rather than the parser's state.</summary>
public class YamlSyntaxTests
{
    /// <summary>The one error to fix; the rest are links to the rejected file, listed as its consequences.</summary>
    private static Diagnostic Cause(CompileResult result)
    {
        Assert.All(result.Diagnostics.Skip(1), d => Assert.Equal(result.Diagnostics[0].Origin, d.Cause));
        return Assert.Single(result.Diagnostics, d => d.Cause is null);
    }

    [Fact]
    public void AnUnclosedBracketIsReportedWhereItOpens()
    {
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("title: {en: Test FIU, ar: وحدة الاختبار}", "title: {en: Test FIU, ar: وحدة الاختبار}\naliases: [FIU, Unit")));

        Assert.Equal(("org/test-fiu.md", 5, 10), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Equal("malformed YAML: this '[' is never closed with ']'", d.Message);
    }

    [Fact]
    public void AnUnclosedBraceIsReportedWhereItOpens()
    {
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("title: {en: Test FIU, ar: وحدة الاختبار}", "title: {en: Test FIU")));

        Assert.Equal((4, 8), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("this '{' is never closed with '}'", d.Message);
    }

    [Fact]
    public void OtherFaultsKeepTheParsersWordsWithoutItsPositionPrefix()
    {
        var d = Cause(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("kind: institution", "kind: institution\n  bad: indent")));

        Assert.StartsWith("malformed YAML: ", d.Message);
        Assert.DoesNotContain("(Line:", d.Message);
        Assert.DoesNotContain("Operation is not valid", d.Message);
        Assert.InRange(d.Origin.Line, 3, 4);
    }
}
