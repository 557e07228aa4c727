namespace Legal.Tests.Server.GraphQL;

/// <summary>A test that needs Apollo Client (npm, tests/apollo-cache); it is skipped, saying why, where it is not installed.</summary>
public sealed class ApolloCacheFactAttribute : FactAttribute
{
    public ApolloCacheFactAttribute()
    {
        if (!ApolloCacheTests.IsInstalled) Skip = SkipReason;
    }

    public static string SkipReason => "Apollo Client is not installed in tests/apollo-cache: run .ci/setup.d/apollo-cache.sh (needs Node and npm)";
}
