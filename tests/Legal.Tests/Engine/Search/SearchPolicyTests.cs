using Legal.Engine.Search;

namespace Legal.Tests.Engine.Search;

/// <summary>Both stores read a search's words through the policy, which bounds them below Lucene's clause limit.</summary>
public class SearchPolicyTests
{
    [Fact]
    public void ASearchPastTheWordLimitIsAnArgumentErrorNamingTheLimit()
    {
        var e = Assert.Throws<ArgumentException>(() => SearchPolicy.Words(string.Join(' ', Enumerable.Repeat("fund", 1_100))));

        Assert.Contains($"at most {SearchPolicy.MaxWords} words; this one has 1,100", e.Message);
    }

    [Fact]
    public void ASearchPastTheLengthLimitIsAnArgumentErrorNamingTheLimit() =>
        Assert.Contains("at most 1,000 characters", Assert.Throws<ArgumentException>(() => SearchPolicy.Words(new string('a', 1_001))).Message);

    [Fact]
    public void ASearchWithoutWordsIsRefused() => Assert.Equal(SearchPolicy.NoWords, Assert.Throws<ArgumentException>(() => SearchPolicy.Words("  ")).Message);

    [Fact]
    public void TheWordsAreSplitOnWhiteSpace() => Assert.Equal(["terrorist", "financing"], SearchPolicy.Words(" terrorist\tfinancing "));
}
