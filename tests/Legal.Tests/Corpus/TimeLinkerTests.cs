using Legal.Corpus;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Corpus;

/// <summary>Time is stated once and derived elsewhere, or stated twice and checked to agree.</summary>
public class TimeLinkerTests
{
    private static readonly NodeId Law = NodeId.Parse("kw/law/2013/106");
    private static readonly NodeId Amending = NodeId.Parse("kw/law/2025/1");

    /// <summary>The fixture law with Article 3's new wording brought in by <see cref="Amending"/>.</summary>
    private static readonly string AmendedLaw = Fixtures.Law.Replace("  - from: 2025-06-01\n", "  - from: 2025-06-01\n    amended_by: kw/law/2025/1\n");

    private static string AmendingLaw(string extra = "") => $$"""
        ---
        id: kw/law/2025/1
        kind: law
        date: 2025
        title: {en: Amending Law}
        sources: [test-source]
        {{extra}}
        ---
        """;

    private static CompileResult Compile(string law, string amending) => Fixtures.Compile(
        ("sources/test-source.md", Fixtures.Source), ("org/test-fiu.md", Fixtures.Fiu), ("kw/law.md", law), ("kw/amending.md", amending));

    [Fact]
    public void AnAmendmentStatedOnTheVersionGivesTheAmendingInstrumentItsRelationAndCommencement()
    {
        var corpus = Compile(AmendedLaw, AmendingLaw()).Corpus!;
        var amends = Assert.Single(corpus.Relations, r => r.Type == RelationKind.Amends);
        Assert.Equal((Amending, Law.Provision("art_3"), "2025-06-01"), (amends.From, amends.To, amends.Since?.ToString()));
        Assert.Equal("2025-06-01", corpus.Nodes[Amending].InForce.Start?.ToString());
    }

    [Fact]
    public void AnAmendsRelationThatNoVersionNamesIsAnError()
    {
        var result = Compile(Fixtures.Law, AmendingLaw("relations:\n  - amends: kw/law/2013/106#art_3"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("kw/amending.md", 8), (d.Origin.Path, d.Origin.Line));
        Assert.Contains("no version of 'kw/law/2013/106#art_3' names it in 'amended_by'", d.Message);
    }

    [Fact]
    public void AnAmendsRelationWhoseDateDisagreesWithTheVersionIsAnError()
    {
        var result = Compile(AmendedLaw, AmendingLaw("relations:\n  - amends: kw/law/2013/106#art_3\n    from: 2025-07-01"));
        Assert.Contains("from 2025-07-01, but the version naming it starts 2025-06-01", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void AVersionCannotStartBeforeTheInstrumentThatBroughtItInWasMade()
    {
        var result = Compile(AmendedLaw, AmendingLaw().Replace("date: 2025", "date: 2026"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("kw/law.md", d.Origin.Path);
        Assert.Contains("before 'kw/law/2025/1', which brought it in, was made (2026)", d.Message);
    }

    [Fact]
    public void ARepealedInstrumentLeavesForceWhenTheRepealingOneCommences()
    {
        var corpus = Compile(Fixtures.Law, AmendingLaw("in_force: {from: 2025-02}\nrelations:\n  - repeals: kw/law/2013/106")).Corpus!;
        var law = corpus.Nodes[Law];
        Assert.Equal(("2025-02", Amending), (law.InForce.End?.ToString(), law.RepealedBy));
        Assert.Equal(InForceStatus.Repealed, InForce.Of(law, new DateOnly(2025, 3, 1)).Status);
    }

    [Fact]
    public void AStatedRepealDateThatDisagreesWithTheRepealingCommencementIsAnError()
    {
        var law = Fixtures.Law.Replace("date: 2013-05-08", "date: 2013-05-08\nin_force: {until: 2020-01-01}");
        var result = Compile(law, AmendingLaw("in_force: {from: 2025-02}\nrelations:\n  - repeals: kw/law/2013/106"));
        Assert.Contains("repeals 'kw/law/2013/106' when it commences (2025-02), but 'kw/law/2013/106' states in_force until 2020-01-01", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void AnInForcePeriodThatEndsBeforeItStartsIsAnError()
    {
        var result = Compile(Fixtures.Law, AmendingLaw("in_force: {from: 2025-02, until: 2025-01}"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("kw/amending.md", 7), (d.Origin.Path, d.Origin.Line));
        Assert.Contains("'kw/law/2025/1' leaves force (2025-01) before it enters it (2025-02)", d.Message);
    }
}
