using Legal.Corpus;
using Legal.Embedded;
using Legal.Model.Ids;

namespace Legal.Tests.Engine.References;

/// <summary>Skipped, with the reason, where the seed articles are not beside the repository (they are not ours to ship).</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute()
    {
        if (!Directory.Exists(SeedArticleTests.SeedsFolder)) Skip = $"the seed articles are not at {SeedArticleTests.SeedsFolder}";
    }
}
