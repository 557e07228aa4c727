using BenchmarkDotNet.Attributes;
using Legal.Embedded;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Benchmarks;

/// <summary>
/// The four questions on the embedded store over a synthetic corpus. Sizes come from LEGAL_BENCH_SIZES
/// (provisions, comma-separated; default 10000,100000), so 1M runs only when asked for.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly DateOnly Day = new(2026, 1, 1);
    private EmbeddedGraph _graph = null!;
    private Tracer _tracer = null!;
    private ObligationFinder _obligations = null!;
    private NodeId _obligation = null!;
    private NodeId _resolution = null!;
    private string _article = null!;

    [ParamsSource(nameof(Sizes))]
    public int Provisions { get; set; }

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("LEGAL_BENCH_SIZES") ?? "10000,100000").Split(',').Select(int.Parse);

    [GlobalSetup]
    public void Setup()
    {
        _graph = new EmbeddedGraph(SyntheticCorpus.Generate(Provisions));
        _tracer = new Tracer(_graph);
        _obligations = new ObligationFinder(_graph);
        _obligation = _graph.Corpus.Nodes.Keys.Where(id => id.Namespace == "obligation").OrderBy(id => id.ToString(), StringComparer.Ordinal).First();
        // The resolution most instruments give effect to: the widest trace down, not one that stops at once.
        _resolution = _graph.Corpus.Relations.Where(e => e.Type == RelationKind.GivesEffectTo).GroupBy(e => e.To).MaxBy(g => g.Count())!.Key;
        _article = SyntheticCorpus.Article(10_000);
        // Build the search index and the reference matcher outside the measurements: they are built once per corpus.
        _graph.SearchAsync(new SearchQuery("warm")).GetAwaiter().GetResult();
        _graph.ExtractReferencesAsync("warm").GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<Trace?> TraceUpFromAnObligation() => _tracer.TraceAsync(new TraceQuery(_obligation, TraceDirection.Up, Day));

    [Benchmark]
    public Task<Trace?> TraceDownFromAResolution() => _tracer.TraceAsync(new TraceQuery(_resolution, TraceDirection.Down, Day));

    [Benchmark]
    public Task<Page<ObligationMatch>> ObligationsOfBanks() => _obligations.FindAsync(new ObligationQuery(Subject: NodeId.Parse("sector/banks"), AsOf: Day));

    [Benchmark]
    public Task<Page<SearchHit>> SearchArabicWithoutHamza() => _graph.SearchAsync(new SearchQuery("تمويل الارهاب"));

    [Benchmark]
    public Task<Page<SearchHit>> SearchEnglish() => _graph.SearchAsync(new SearchQuery("suspicious transactions report"));

    /// <summary>A question: any of the words may match, so this is the widest search a reader types.</summary>
    [Benchmark]
    public Task<Page<SearchHit>> SearchQuestion() => _graph.SearchAsync(new SearchQuery("which body receives reports of suspicious transactions"));

    [Benchmark]
    public Task<IReadOnlyList<Legal.Engine.References.Reference>> ExtractReferencesFrom10kB() => _graph.ExtractReferencesAsync(_article);

    [Benchmark]
    public Task<IReadOnlyList<Legal.Engine.References.Citation>> CitationsFrom10kB() => _graph.CitationsAsync(_article);
}
