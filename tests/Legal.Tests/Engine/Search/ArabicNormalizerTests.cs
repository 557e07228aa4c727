using Legal.Engine.Search;

namespace Legal.Tests.Engine.Search;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أإآٱ", "اااا")]
    [InlineData("مؤسسة", "موسسه")]
    [InlineData("مسئول", "مسيول")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("تَمْوِيلُ", "تمويل")]
    [InlineData("تمويـــل", "تمويل")]
    [InlineData("١٠٦ ۲۰۱۳", "106 2013")]
    [InlineData("Law No.", "law no.")]
    public void FoldsTheWayReadersType(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Theory]
    [InlineData("الأموال", "أموال")]
    [InlineData("الإرهاب", "الارهاب")]
    [InlineData("وبالأموال", "أموال")]
    [InlineData("للإرهاب", "إرهاب")]
    public void StemsTheArticleAndCliticsAway(string written, string typed) => Assert.Equal(ArabicNormalizer.Stem(typed), ArabicNormalizer.Stem(written));

    [Fact]
    public void FoldingKeepsTheLengthSoOffsetsCarryOver() =>
        Assert.All("أإآ ؤئ ةى ٠٩ ۰۹ AbC".ToCharArray(), c => Assert.NotEqual(ArabicNormalizer.Dropped, ArabicNormalizer.Fold(c)));
}
