namespace Legal.Tests.Server.Cli;

/// <summary>Every verb reads the corpus folder from the server's configuration: the environment or a --Section:Key=value setting.</summary>
public sealed class CliSettingsTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "legal-no-such-corpus");

    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "validate" },
        new[] { "export", "json" },
        new[] { "export", "cypher" },
        new[] { "render", "node", "kw/law/2013/106" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void CorpusPathFromTheEnvironmentIsReadByEveryVerb(string[] verb)
    {
        var (exit, _, stderr) = Executable.Run(new Dictionary<string, string?> { ["Corpus__Path"] = Missing }, verb);
        Assert.Equal(1, exit);
        Assert.Contains($"corpus folder '{Missing}' does not exist", stderr);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void CorpusPathOnTheCommandLineIsReadByEveryVerb(string[] verb)
    {
        var (exit, _, stderr) = Executable.Run([.. verb, $"--Corpus:Path={Missing}"]);
        Assert.Equal(1, exit);
        Assert.Contains($"corpus folder '{Missing}' does not exist", stderr);
    }

    [Fact]
    public void SettingsAreSetApartFromTheVerbsOwnArguments()
    {
        var (settings, others) = Legal.Server.Cli.CliSettings.From(["validate", "--Corpus:Path=/srv/statutes", "statutes", "--urls=http://x"]);
        Assert.Equal(["--Corpus:Path=/srv/statutes"], settings.Args);
        Assert.Equal(["validate", "statutes", "--urls=http://x"], others);
    }
}
