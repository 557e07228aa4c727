using Legal.Model.Ids;

namespace Legal.Tests.Model.Ids;

public class EIdTests
{
    [Theory]
    [InlineData("art_16", "art", "16", null)]
    [InlineData("art_16__para_2", "para", "2", "art_16")]
    [InlineData("part_1__chp_2__art_7__item_b", "item", "b", "part_1__chp_2__art_7")]
    [InlineData("art_33bis", "art", "33bis", null)]
    public void EachEIdParsesIntoItsLevelsAndRoundTrips(string text, string element, string number, string? parent)
    {
        var eId = EId.Parse(text);
        Assert.Equal((element, number), (eId.Last.Element, eId.Last.Number));
        Assert.Equal(parent, eId.Parent?.ToString());
        Assert.Equal(text, eId.ToString());
        Assert.Equal(eId, EId.Parse(eId.ToString()));
        Assert.Equal(eId.GetHashCode(), EId.Parse(text).GetHashCode());
    }

    [Theory]
    [InlineData("chp_1", true)]
    [InlineData("part_2", true)]
    [InlineData("art_3", false)]
    [InlineData("art_3__para_1", false)]
    public void DivisionsAreTheLevelsAboveTheArticle(string text, bool division) => Assert.Equal(division, EId.Parse(text).Last.IsDivision);

    [Theory]
    [InlineData("")]
    [InlineData("art16")]
    [InlineData("Art_16")]
    [InlineData("art_16_para_2")]
    [InlineData("art_16__")]
    public void AMalformedEIdIsRefusedNamingTheInput(string text)
    {
        Assert.False(EId.TryParse(text, out _));
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => EId.Parse(text)).Message);
    }
}
