using System.Text.Json.Nodes;
using Legal.Tests.Neo4j.Cypher;

namespace Legal.Tests.Server.Cli;

/// <summary>The export verbs, run as a user runs them: the real executable on the shipped corpus.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Directory.CreateTempSubdirectory("legal-export-").FullName, "legal.out");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_out)!, recursive: true);

    /// <summary>A Neo4j configured on the machine running the tests must not be written to.</summary>
    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        Executable.Run(new Dictionary<string, string?> { ["Neo4j__Uri"] = null }, args);

    [LinterFact]
    public void ExportCypherWritesAScriptOfTheShippedCorpusThatNeo4jsLinterAccepts()
    {
        var (exit, script, stderr) = Run("export", "cypher", "--corpus", Fixtures.ShippedCorpus());

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("// Legal corpus:", script);
        Assert.True(script.IndexOf("CREATE CONSTRAINT", StringComparison.Ordinal) < script.IndexOf("UNWIND", StringComparison.Ordinal));
        var findings = CypherLinter.Lint([new CypherLinter.Input("legal.cypher", script)]);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void ExportJsonWritesEveryNodeAndRelationToTheFileGiven()
    {
        var (exit, _, stderr) = Run("export", "json", "--corpus", Fixtures.ShippedCorpus(), "--out", _out);

        Assert.True(exit == 0, stderr);
        var json = JsonNode.Parse(File.ReadAllText(_out))!;
        var law = json["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "kw/law/2013/106")!;
        Assert.Equal(["Node", "Law"], law["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(law["properties"]!["titleAr"]!.GetValue<string>()));
        Assert.Contains(json["relationships"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "PART_OF");
    }

    [Fact]
    public void LoadWithoutNeo4jConfiguredSaysWhatToSet()
    {
        var (exit, _, stderr) = Run("load", Fixtures.ShippedCorpus());

        Assert.Equal(2, exit);
        Assert.Contains("Neo4j__Uri", stderr);
    }
}
