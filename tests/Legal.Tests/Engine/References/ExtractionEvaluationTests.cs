using System.Text.RegularExpressions;
using Legal.Embedded;
using Legal.Engine.References;
using Xunit.Abstractions;

namespace Legal.Tests.Engine.References;

/// <summary>
/// The team's own extraction set (tests/eval/extraction): texts with the citations a reader expects, and sentences that
/// cite nothing. Reports precision and recall, and holds the issue's bar: recall of at least 95%, no foreign citation
/// linked to a Kuwaiti id, and at most one citation extracted from the negatives.
/// </summary>
public partial class ExtractionEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<EmbeddedGraph> Shipped = new(() => new EmbeddedGraph(Legal.Corpus.CorpusCompiler.CompileDirectory(Fixtures.ShippedCorpus()).Corpus!));

    private static string Folder => Path.Combine(Fixtures.RepositoryRoot(), "tests", "eval", "extraction");

    [Fact]
    public async Task TheExtractionSetIsRecognisedAsAReaderExpects()
    {
        int expectedCount = 0, found = 0, extracted = 0, wrong = 0, foreignLinked = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Where(f => !f.EndsWith("negatives.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file);
            var citations = (await Shipped.Value.CitationsAsync(text)).ToList();
            var expected = (await File.ReadAllLinesAsync(Path.ChangeExtension(file, ".tsv"))).Where(l => l.Length > 0).Select(Expected.Parse).ToList();
            var unused = citations.ToList();
            foreach (var want in expected)
            {
                var match = unused.FirstOrDefault(want.IsMetBy);
                if (match is null) output.WriteLine($"{Path.GetFileName(file)}: missed «{want.Words}» → {want.Target ?? "-"} ({want.Jurisdiction ?? "-"})");
                else unused.Remove(match);
            }
            foreach (var extra in unused) output.WriteLine($"{Path.GetFileName(file)}: not expected «{extra.Text}» → {extra.Target?.ToString() ?? "-"} ({extra.Jurisdiction ?? "-"})");
            expectedCount += expected.Count;
            found += expected.Count - (expected.Count - (citations.Count - unused.Count));
            extracted += citations.Count;
            wrong += unused.Count;
            foreignLinked += citations.Count(c => c.Foreign && c.Target is { } t && t.Work.StartsWith("kw/", StringComparison.Ordinal));
        }
        var negatives = 0;
        foreach (var sentence in (await File.ReadAllLinesAsync(Path.Combine(Folder, "negatives.txt"))).Where(l => l.Length > 0))
        {
            foreach (var c in await Shipped.Value.CitationsAsync(sentence))
            {
                negatives++;
                output.WriteLine($"negatives: extracted «{c.Text}» from «{sentence}»");
            }
        }
        var recall = (double)found / expectedCount;
        var precision = extracted == 0 ? 0 : (double)(extracted - wrong) / extracted;
        output.WriteLine($"extraction: {found}/{expectedCount} expected found (recall {recall:P1}); {extracted - wrong}/{extracted} extracted expected (precision {precision:P1}); {negatives} from negatives; {foreignLinked} foreign linked to Kuwait");

        Assert.True(recall >= 0.95, $"recall {recall:P1}");
        Assert.Equal(0, foreignLinked);
        Assert.True(negatives <= 1, $"{negatives} citations extracted from the negatives");
    }

    private sealed partial record Expected(string Words, string? Target, string? Jurisdiction)
    {
        public static Expected Parse(string line)
        {
            var cells = line.Split('\t');
            return new Expected(cells[0].Replace("\\n", "\n"), Dash(cells[1]), Dash(cells[2]));
        }

        private static string? Dash(string cell) => cell == "-" ? null : cell;

        /// <summary>An extracted citation meets the expectation when their words overlap and it names the same node, in the same jurisdiction.</summary>
        public bool IsMetBy(Citation c)
        {
            var (got, want) = (Flat(c.Text), Flat(Words));
            return (got.Contains(want, StringComparison.Ordinal) || want.Contains(got, StringComparison.Ordinal))
                && c.Target?.ToString() == Target && (Jurisdiction is null || c.Jurisdiction == Jurisdiction);
        }

        private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Spaces();
    }
}
