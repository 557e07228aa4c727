using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>Each kind of corpus error is reported at the line and column an editor must look at, and rejects the corpus.</summary>
public class CorpusCompilerDiagnosticsTests
{
    private static Diagnostic Single(CompileResult result)
    {
        Assert.Null(result.Corpus);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void ADuplicateIdIsReportedWhereItIsDefinedTheSecondTime()
    {
        var d = Single(Fixtures.CompileWith("org/again.md", Fixtures.Fiu));
        Assert.Equal(("org/test-fiu.md", 2, 5), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Contains("duplicate id 'org/test-fiu', first defined at org/again.md:2:5", d.Message);
    }

    [Fact]
    public void AnUnresolvedLinkTargetIsReportedAtTheLink()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("[Article 1](#art_1)", "[Article 9](#art_9)")));
        Assert.Equal(("kw/law.md", 34, 65), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Contains("unresolved link target 'kw/law/2013/106#art_9'", d.Message);
    }

    [Fact]
    public void AnUnknownRelationTypeInALinkIsReportedAtTheLink()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("\"establishes\") and", "\"founds\") and")));
        Assert.Equal((34, 13), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("unknown relation type 'founds'", d.Message);
    }

    [Fact]
    public void AnUnknownRelationTypeInFrontMatterIsReportedAtTheEntry()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]", "sources: [test-source]\nrelations:\n  - befriends: kw/law/2013/106")));
        Assert.Equal((7, 5), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("unknown relation type 'befriends'", d.Message);
    }

    [Fact]
    public void ANodeWithoutSourcesIsRejected()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]\n", "")));
        Assert.Equal((2, 5), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("missing source", d.Message);
    }

    [Fact]
    public void AnUnknownSourceKeyIsReportedWhereItIsNamed()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("[test-source]", "[test-source, no-such-source]")));
        Assert.Equal((5, 24), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("unknown source 'no-such-source'", d.Message);
    }

    [Fact]
    public void AMalformedDateIsReportedAtTheValue()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("date: 2013-05-08", "date: 2013-13-08")));
        Assert.Equal((6, 7), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("malformed date '2013-13-08'", d.Message);
    }

    [Fact]
    public void AMalformedDateInAMetaBlockIsReportedAtItsLineInTheFile()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("until: 2025-06-01", "until: June 2025")));
        Assert.Equal((51, 12), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("malformed date 'June 2025'", d.Message);
    }

    [Fact]
    public void OverlappingVersionsAreReportedAtTheLaterOne()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("  - from: 2025-06-01", "  - from: 2025-05-01")));
        Assert.Equal((54, 5), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("overlapping versions", d.Message);
    }

    [Fact]
    public void VersionsOutOfOrderAreReported()
    {
        var law = Fixtures.Law.Replace("  - until: 2025-06-01", "  - from: 2026-01-01\n    until: 2026-02-01");
        var d = Single(Fixtures.CompileWith("kw/law.md", law));
        Assert.Contains("out of order", d.Message);
    }

    [Fact]
    public void AVersionWithoutASourceIsReported()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("    en: The old wording.\n    sources: [test-source]\n", "    en: The old wording.\n")));
        Assert.Equal((51, 5), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("a version needs 'sources'", d.Message);
    }

    [Fact]
    public void AnImpossibleDateInAClaimIsReportedAtItsValue()
    {
        var fiu = Fixtures.Fiu.Replace("sources: [test-source]", "sources: [test-source]\nclaims:\n  - {field: date, value: 2013-13-45, sources: [test-source]}");
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", fiu));
        Assert.Equal(7, d.Origin.Line);
        Assert.Contains("malformed date '2013-13-45'", d.Message);
    }

    [Fact]
    public void AnUnknownFieldIsReportedAtItsKey()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("kind: institution", "kind: institution\ntitel: {en: Typo}")));
        Assert.Equal((4, 1), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("unknown field 'titel'", d.Message);
    }

    [Fact]
    public void AHeadingWhoseNumberDisagreesWithItsIdIsReported()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("### Article 1 {#art_1}", "### Article 11 {#art_1}")));
        Assert.Equal((17, 1), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("must start with 'Article 1'", d.Message);
    }

    [Fact]
    public void TextOutsideALanguageBlockIsReported()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu + "\n\nA stray paragraph.\n"));
        Assert.Equal((8, 1), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("inside a '::: en' or '::: ar' block", d.Message);
    }

    [Fact]
    public void MalformedYamlIsReportedInItsFileAndRejectsTheCorpus()
    {
        var result = Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("title: {en: Test FIU, ar: وحدة الاختبار}", "title: {en: Test FIU"));
        Assert.Null(result.Corpus);
        var d = Assert.Single(result.Diagnostics, d => d.Origin.Path == "org/test-fiu.md");
        Assert.InRange(d.Origin.Line, 2, 5);
        Assert.Contains("malformed YAML", d.Message);
    }

    [Fact]
    public void AFileWithoutFrontMatterIsReported()
    {
        var d = Single(Fixtures.CompileWith("org/loose.md", "Just some notes.\n"));
        Assert.Equal(("org/loose.md", 1, 1), (d.Origin.Path, d.Origin.Line, d.Origin.Column));
        Assert.Contains("missing front matter", d.Message);
    }

    [Fact]
    public void ASubProvisionMustSitUnderTheProvisionItsIdNames()
    {
        var d = Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("#### Paragraph 1 {#art_2__para_1}", "## Paragraph 1 {#art_2__para_1}")));
        Assert.Equal((41, 1), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("must sit under the heading of 'art_2'", d.Message);
    }

    [Fact]
    public void EveryErrorIsReportedNotOnlyTheFirst()
    {
        var broken = Fixtures.Fiu.Replace("kind: institution", "kind: institution\ncolour: red\nshape: round");
        var result = Fixtures.CompileWith("org/test-fiu.md", broken);
        Assert.Equal(["unknown field 'colour'", "unknown field 'shape'"], result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void DiagnosticsFormatAsPathLineColumn()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("kind: institution", "kind: institution\ncolour: red")));
        Assert.Equal("/corpus/org/test-fiu.md:4:1: error: unknown field 'colour'", d.Format("/corpus"));
    }

    [Fact]
    public void ARelationFromANodeToItselfIsAnErrorAtTheEntry()
    {
        var d = Single(Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("sources: [test-source]", "sources: [test-source]\nrelations:\n  - member_of: org/test-fiu")));
        Assert.Equal((7, 5), (d.Origin.Line, d.Origin.Column));
        Assert.Contains("a relation 'member_of' from 'org/test-fiu' to itself", d.Message);
    }
}
