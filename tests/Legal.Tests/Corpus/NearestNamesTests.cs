using Legal.Corpus;

namespace Legal.Tests.Corpus;

public class NearestNamesTests
{
    [Fact]
    public void TheNearestComeFirstAndFarOnesNotAtAll() =>
        Assert.Equal(["org/kw-fiu", "org/kw-mof"], NearestNames.Of("org/kw-fi", ["org/aaa", "org/kw-mof", "org/kw-fiu", "org/completely-other"], 3));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void DistanceCountsEdits(string a, string b, int distance) => Assert.Equal(distance, NearestNames.Distance(a, b));
}
