using Legal.Server.Pages;

namespace Legal.Tests.Server.Pages;

public sealed class WordDiffTests
{
    [Fact]
    public void OnlyTheWordsThatChangedAreMarkedRemovedOrAdded()
    {
        var parts = WordDiff.Compare("The Council issues decisions on listing.", "The Council of Ministers issues decisions on listing and delisting.");
        Assert.Equal(
            [(WordDiff.Change.Same, "The Council"), (WordDiff.Change.Added, "of Ministers"), (WordDiff.Change.Same, "issues decisions on"),
             (WordDiff.Change.Removed, "listing."), (WordDiff.Change.Added, "listing and delisting.")],
            parts);
    }

    [Fact]
    public void AWordingThatAppearsIsAllAddedAndOneThatGoesIsAllRemoved()
    {
        Assert.Equal([(WordDiff.Change.Added, "A fine per breach.")], WordDiff.Compare("", "A fine per breach."));
        Assert.Equal([(WordDiff.Change.Removed, "A fine per breach.")], WordDiff.Compare("A fine per breach.", ""));
        Assert.Empty(WordDiff.Compare("", ""));
    }
}
