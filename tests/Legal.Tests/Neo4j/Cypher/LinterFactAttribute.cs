namespace Legal.Tests.Neo4j.Cypher;

/// <summary>A test that needs Neo4j's Cypher linter (npm); it is skipped, saying why, where the linter is not installed.</summary>
public sealed class LinterFactAttribute : FactAttribute
{
    public LinterFactAttribute()
    {
        if (!CypherLinter.IsInstalled) Skip = SkipReason;
    }

    public static string SkipReason => "Neo4j's Cypher linter is not installed in tests/cypher-lint: run .ci/setup.d/cypher-lint.sh (needs Node and npm)";
}
