
namespace Legal.Tests.Server.Cli;

/// <summary>The render verb, run as a user runs it, over the query fixtures' corpus.</summary>
public sealed class RenderCommandTests(QueryCorpusFolder corpus) : IClassFixture<QueryCorpusFolder>
{
    private (int Exit, string Out, string Err) Render(params string[] args) => Executable.Run(["render", .. args, "--corpus", corpus.Path]);

    [Fact]
    public void ANodeRendersToStdout()
    {
        var (exit, stdout, _) = Render("node", "kw/law/2013/106#art_16", "--lang", "ar");
        Assert.Equal(0, exit);
        Assert.StartsWith("# المادة 16", stdout);
    }

    [Fact]
    public void ATraceRendersWithItsDateToAFile()
    {
        // Outside the corpus folder, which other tests read at the same time.
        var file = Path.GetTempFileName();
        var (exit, stdout, _) = Render("trace", "un/scr/1373", "--direction", "down", "--as-of", "2026-01-01", "--out", file);
        Assert.Equal((0, ""), (exit, stdout));
        var markdown = File.ReadAllText(file);
        File.Delete(file);
        Assert.StartsWith("# What carries out Security Council resolution 1373 (2001)", markdown);
        Assert.Contains("2026-01-01", markdown);
        Assert.Contains("(/nodes/org/kw-sc-committee)", markdown);
    }

    [Fact]
    public void ACurriculumRendersAsAHandout()
    {
        var (exit, stdout, _) = Render("curriculum", "--topic", "terrorist financing", "--audience", "bank staff");
        Assert.Equal(0, exit);
        Assert.Contains("## 1. What the law says", stdout);
    }

    [Fact]
    public void AnUnknownIdExitsOneSayingWhy()
    {
        var (exit, _, stderr) = Render("node", "org/nothing");
        Assert.Equal(1, exit);
        Assert.Contains("no node has the id 'org/nothing'", stderr);
    }

    [Fact]
    public void ABadAsOfDateIsOneLineWithoutTheHelpOrATypeName()
    {
        var (exit, stdout, stderr) = Render("node", "kw/law/2013/106", "--as-of", "2024-13-45");

        Assert.NotEqual(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("--as-of takes a day as YYYY-MM-DD, such as 2024-01-01; '2024-13-45' is not one", Assert.Single(lines));
        Assert.DoesNotContain("Usage:", stdout);
        Assert.DoesNotContain("System.", stderr);
    }
}
