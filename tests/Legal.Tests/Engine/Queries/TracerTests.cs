using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Tests.Engine.Queries;

public class TracerTests
{
    private static readonly Tracer Tracer = new(QueryFixtures.Graph());
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static async Task<Trace> Run(string from, TraceDirection direction, DateOnly? asOf = null, int maxDepth = TraceQuery.DefaultMaxDepth) =>
        (await Tracer.TraceAsync(new TraceQuery(NodeId.Parse(from), direction, asOf ?? Today, maxDepth)))!;

    private static IEnumerable<string> Ends(Trace trace) => trace.Paths.Select(p => p.End.ToString());

    [Fact]
    public async Task UpFromAnObligationReachesTheFatfRecommendationThroughItsProvision()
    {
        var trace = await Run("obligation/kw/report-suspicious-transactions", TraceDirection.Up);
        var path = trace.Paths.First();
        Assert.Equal("fatf/rec/20", path.End.ToString());
        Assert.Equal([RelationKind.Imposes, RelationKind.MapsTo], path.Steps.Select(s => s.Relation.Type));
        Assert.Equal("kw/law/2013/106#art_12", path.Steps[0].To.ToString());
    }

    [Fact]
    public async Task UpFromAProvisionGivesItsBasesButNotTheClimbToItsOwnInstrument()
    {
        var trace = await Run("kw/law/2013/106#art_3", TraceDirection.Up);
        Assert.Equal("fatf/rec/5", Ends(trace).First());
        Assert.DoesNotContain("kw/law/2013/106", Ends(trace));
    }

    [Fact]
    public async Task UpFromABodyGoesThroughTheProvisionThatEstablishesIt()
    {
        var trace = await Run("org/kw-fiu", TraceDirection.Up);
        var path = Assert.Single(trace.Paths);
        Assert.Equal((RelationKind.Establishes, "kw/law/2013/106#art_16"), (path.Steps[0].Relation.Type, path.Steps[0].To.ToString()));
    }

    [Fact]
    public async Task UpFromADutyNoPathEndsByClimbingFromItsArticleToItsOwnLaw()
    {
        var trace = await Run("obligation/kw/report-suspicious-transactions", TraceDirection.Up);
        Assert.NotEmpty(trace.Paths);
        Assert.DoesNotContain(trace.Paths, p => p.Steps[^1].Relation.Type == RelationKind.PartOf && p.End.ToString() == "kw/law/2013/106");
    }

    [Fact]
    public async Task DownFromASecurityCouncilResolutionReachesTheProvisionAndTheBodyItSetsUp()
    {
        var trace = await Run("un/scr/1373", TraceDirection.Down);
        var path = Assert.Single(trace.Paths);
        Assert.Equal(["kw/cabinet/2013/1396", "kw/cabinet/2013/1396#art_1", "org/kw-sc-committee"], path.Steps.Select(s => s.To.ToString()));
        Assert.Equal([RelationKind.GivesEffectTo, RelationKind.PartOf, RelationKind.Establishes], path.Steps.Select(s => s.Relation.Type));
    }

    [Fact]
    public async Task DownFromARecommendationReachesTheDutiesAndBodiesOfTheLawThatCarriesItOut()
    {
        var trace = await Run("fatf/rec/20", TraceDirection.Down);
        Assert.Equal(["obligation/kw/lawyers-may-refuse", "obligation/kw/report-suspicious-transactions"], Ends(trace).Order());
    }

    [Fact]
    public async Task DepthBoundsThePaths()
    {
        var trace = await Run("un/scr/1373", TraceDirection.Down, maxDepth: 1);
        Assert.Equal(["kw/cabinet/2013/1396"], Ends(trace));
    }

    [Fact]
    public async Task ProvisionsNotInForceOnTheDateAreLeftOut()
    {
        var before = await Run("obligation/kw/report-suspicious-transactions", TraceDirection.Up, new DateOnly(2026, 1, 1));
        Assert.Contains(before.Paths, p => p.Steps.Any(s => s.To.ToString() == "kw/law/2013/106#art_12"));
        var trace = await Run("obligation/kw/report-suspicious-transactions", TraceDirection.Up, new DateOnly(2010, 1, 1));
        Assert.DoesNotContain(trace.Paths, p => p.Steps.Any(s => s.To.ToString() == "kw/law/2013/106#art_28"));
    }

    [Fact]
    public async Task AnUnknownOriginHasNoTrace() =>
        Assert.Null(await Tracer.TraceAsync(new TraceQuery(NodeId.Parse("org/nothing"), TraceDirection.Up, Today)));

    [Fact]
    public async Task EachPathRendersAsSentencesWithACitationLinkAtEveryStepAndTheDate()
    {
        var markdown = new TraceRenderer(PageLinks.Site).Render(await Run("obligation/kw/report-suspicious-transactions", TraceDirection.Up), Lang.En);
        Assert.Contains("2026-01-01", markdown);
        Assert.Contains("1. [Report suspicious transactions to the FIU](/nodes/obligation/kw/report-suspicious-transactions) imposed by " +
            "[Article 12, Law No. 106 of 2013 on Combating Money Laundering and the Financing of Terrorism](/instruments/kw/law/2013/106#art_12).", markdown);
        Assert.Contains("carries out [Recommendation 20: Reporting of suspicious transactions](/instruments/fatf/rec/20).", markdown);
    }

    [Fact]
    public async Task TheArabicRenderingUsesArabicLabels()
    {
        var markdown = new TraceRenderer(PageLinks.Site).Render(await Run("un/scr/1373", TraceDirection.Down), Lang.Ar);
        Assert.StartsWith("# ما ينفّذ قرار مجلس الأمن 1373 (2001)", markdown);
        Assert.Contains("تُنفَّذ أحكامه بموجب", markdown);
    }
}
