using System.Diagnostics;
using System.Text.Json.Nodes;
using Legal.Neo4j.Cypher;
using Legal.Neo4j.Mapping;

namespace Legal.Tests.Neo4j.Cypher;

/// <summary>One finding of Neo4j's linter: severity 1 is an error, 2 a warning.</summary>
internal sealed record LintFinding(string Statement, int Severity, string Message, int Line, int Character)
{
    public override string ToString() => $"{Statement}:{Line}:{Character}: {(Severity == 1 ? "error" : "warning")}: {Message}";
}

/// <summary>
/// Runs Neo4j's own Cypher linter (<c>@neo4j-cypher/language-support</c>, installed in tests/cypher-lint by
/// .ci/setup.d/cypher-lint.sh) over statements, against the graph's labels, relationship types and property keys.
/// </summary>
internal static class CypherLinter
{
    public sealed record Input(string Name, string Text, JsonNode? Parameters = null);

    private static string Folder => Path.Combine(Fixtures.RepositoryRoot(), "tests", "cypher-lint");

    /// <summary>Whether the linter's npm package is there (and so whether the tests that need it can run).</summary>
    public static bool IsInstalled => Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support"));

    public static IReadOnlyList<LintFinding> Lint(IEnumerable<Input> statements)
    {
        var folder = Folder;
        if (!IsInstalled) throw new InvalidOperationException(LinterFactAttribute.SkipReason);
        var input = new JsonObject
        {
            ["schema"] = new JsonObject
            {
                ["labels"] = Strings(GraphSchema.Labels),
                ["relationshipTypes"] = Strings(GraphSchema.RelationshipTypes),
                // The linter cannot tell a map key (row.from) from a property key, so the row keys are listed too.
                ["propertyKeys"] = Strings(NodeProperties.Keys.Concat(RelationProperties.Keys).Concat(RelationWrite.RowKeys).Distinct()),
            },
            ["statements"] = new JsonArray(statements.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["text"] = s.Text,
                ["parameters"] = s.Parameters?.DeepClone() ?? new JsonObject(),
            }).ToArray()),
        };
        var (exit, stdout, stderr) = NodeScript.Run(folder, "lint.mjs", input);
        if (exit != 0) throw new InvalidOperationException($"the linter failed: {stderr}");
        return JsonNode.Parse(stdout)!.AsArray()
            .SelectMany(r => r!["diagnostics"]!.AsArray().Select(d => new LintFinding(r["name"]!.GetValue<string>(), d!["severity"]!.GetValue<int>(),
                d["message"]!.GetValue<string>(), d["line"]!.GetValue<int>(), d["character"]!.GetValue<int>())))
            .ToList();
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
