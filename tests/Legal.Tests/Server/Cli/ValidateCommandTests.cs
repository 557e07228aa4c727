namespace Legal.Tests.Server.Cli;

/// <summary>The validate verb, run as a user runs it: the real executable on a copy of the shipped corpus.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("legal-validate-").FullName;

    public ValidateCommandTests()
    {
        var source = Fixtures.ShippedCorpus();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static (int Exit, string Out, string Err) Validate(string dir) => Executable.Run("validate", dir);

    [Fact]
    public void TheShippedCorpusValidatesCleanly()
    {
        var (exit, stdout, stderr) = Validate(_copy);
        Assert.True(exit == 0, stderr);
        Assert.Contains(": ok,", stdout);
    }

    [Fact]
    public void ABrokenCrossReferenceExitsOneNamingTheFileLineAndColumn()
    {
        var law = Path.Combine(_copy, "kw", "law-2013-106.md");
        var lines = File.ReadAllLines(law);
        var index = Array.FindIndex(lines, l => l.Contains("](org/kw-fiu"));
        var column = lines[index].LastIndexOf('[', lines[index].IndexOf("](org/kw-fiu", StringComparison.Ordinal)) + 1;
        lines[index] = lines[index].Replace("](org/kw-fiu", "](org/kw-fiu-typo");
        File.WriteAllLines(law, lines);

        var (exit, _, stderr) = Validate(_copy);

        Assert.Equal(1, exit);
        Assert.Contains($"{law}:{index + 1}:{column}: error: unresolved link target 'org/kw-fiu-typo'", stderr);
    }

    [Fact]
    public void DeepNestingIsLocatedAtFileLineAndColumnWithoutAStackTrace()
    {
        var fiu = Path.Combine(_copy, "org", "kw-fiu.md");
        File.AppendAllText(fiu, "\n::: en\n" + string.Concat(Enumerable.Repeat("> ", 1000)) + "deep\n:::\n");
        var line = File.ReadAllLines(fiu).Length - 1;

        var (exit, _, stderr) = Validate(_copy);

        Assert.Equal(1, exit);
        Assert.Contains($"{fiu}:{line}:", stderr);
        Assert.Contains("nested more than", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("cause(s)", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void ANamedPipeIsSkippedWithAWarningAndDoesNotHangValidation()
    {
        if (OperatingSystem.IsWindows()) return;
        var pipe = Path.Combine(_copy, "org", "pipe.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe)) mkfifo.WaitForExit();

        var (exit, stdout, stderr) = Validate(_copy);

        Assert.Equal(0, exit);
        Assert.Contains($"{pipe}:1:1: warning: skipped: not a regular file", stderr);
        Assert.Contains(": ok,", stdout);
    }

    [Fact]
    public void PathsArePrintedWithoutDotDot()
    {
        File.CreateSymbolicLink(Path.Combine(_copy, "org", "gone.md"), "nowhere.md");
        var detour = Path.Combine(_copy, "org", "..");

        var (exit, _, stderr) = Validate(detour);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(_copy, "org", "gone.md")}:1:1: error: dangling symlink", stderr);
        Assert.DoesNotContain("/../", stderr);
    }

    [Fact]
    public void OverlappingVersionsExitOneNamingTheFileLineAndColumn()
    {
        // Article 25's first wording is made to end after the replacement starts.
        var (law, lines, index) = ReplaceLineOfLaw106("  - until: 2025-06", "  - until: 2025-07");

        var (exit, _, stderr) = Validate(_copy);

        Assert.Equal(1, exit);
        var next = Array.FindIndex(lines, index, l => l == "  - from: 2025-06");
        Assert.Contains($"{law}:{next + 1}:5: error: overlapping versions: version 2 starts 2025-06, before version 1 ends (2025-07)", stderr);
    }

    [Fact]
    public void AClaimDatedOnAnImpossibleDayExitsOneNamingTheFileLineAndColumn()
    {
        var (law, _, index) = ReplaceLineOfLaw106("    value: 2013-05-08", "    value: 2013-13-45");

        var (exit, _, stderr) = Validate(_copy);

        Assert.Equal(1, exit);
        Assert.Contains($"{law}:{index + 1}:12: error: malformed date '2013-13-45' in a claim on 'date'", stderr);
    }

    /// <summary>Replaces the first line of the copied Law 106 file that reads <paramref name="line"/>; returns the file, its new lines and the line's index.</summary>
    private (string Law, string[] Lines, int Index) ReplaceLineOfLaw106(string line, string replacement)
    {
        var law = Path.Combine(_copy, "kw", "law-2013-106.md");
        var lines = File.ReadAllLines(law);
        var index = Array.FindIndex(lines, l => l == line);
        lines[index] = replacement;
        File.WriteAllLines(law, lines);
        return (law, lines, index);
    }
}
