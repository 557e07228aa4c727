using Legal.Corpus;
using Legal.Embedded;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Tests.Engine.Queries;

/// <summary>The acceptance questions, asked of the shipped corpus (which its editors are still writing).</summary>
public class ShippedCorpusQueryTests
{
    private static readonly Lazy<EmbeddedGraph> Shipped = new(() =>
        CorpusCompiler.CompileDirectory(Fixtures.ShippedCorpus()) is { Corpus: { } corpus } ? new EmbeddedGraph(corpus)
            : throw new InvalidOperationException("the shipped corpus does not compile; run the validate verb to see why"));

    private static readonly DateOnly Day = new(2026, 1, 1);

    [Fact]
    public async Task TraceDownFromResolution1373ReachesKuwaitiProvisionsAndTheBodiesTheyEmpower()
    {
        var trace = (await new Tracer(Shipped.Value).TraceAsync(new TraceQuery(NodeId.Parse("un/scr/1373"), TraceDirection.Down, Day)))!;
        var reached = trace.Paths.SelectMany(p => p.Steps.Select(s => trace.Node(s.To))).ToList();
        Assert.Contains(reached, n => n.Kind == NodeKind.Provision && n.Id.Work.StartsWith("kw/", StringComparison.Ordinal));
        Assert.Contains(trace.Paths, p => trace.Node(p.End).Kind == NodeKind.Institution && p.Steps[^1].Relation.Type is RelationKind.Empowers or RelationKind.Establishes);
    }

    [Fact]
    public async Task TraceUpFromAnObligationReachesAnInternationalSource()
    {
        var obligation = NodeId.Parse("obligation/kw/str-within-two-working-days");
        var trace = (await new Tracer(Shipped.Value).TraceAsync(new TraceQuery(obligation, TraceDirection.Up, Day)))!;
        Assert.Contains(trace.Paths, p => trace.Node(p.End).Kind is NodeKind.Standard or NodeKind.UnResolution);
    }

    [Fact]
    public async Task SearchWithoutHamzaFindsTheTerroristFinancingOffenceOnTheFirstPage()
    {
        var hits = await Shipped.Value.SearchAsync(new SearchQuery("تمويل الارهاب"));
        Assert.Contains(hits.Items, h => h.Node.Id.ToString() == "kw/law/2013/106#art_3");
    }

    [Fact]
    public async Task AnArabicCurriculumForBankStaffCitesRealProvisions()
    {
        var curriculum = await new CurriculumBuilder(Shipped.Value).BuildAsync(new CurriculumQuery("terrorist financing", "bank staff", Lang.Ar, Day));
        var cited = curriculum.Modules.SelectMany(m => m.Questions).Select(q => q.Citation).ToList();
        Assert.Contains(cited, c => c.Id.ToString() == "kw/law/2013/106#art_3");
        Assert.All(cited, c => Assert.True(Shipped.Value.Corpus.Nodes.ContainsKey(c.Id)));
        Assert.Contains(curriculum.Modules, m => m.Readings.Any(r => r.Kind == NodeKind.Provision));
    }
}
