using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Model.Ids;

public class NodeIdTests
{
    [Theory]
    [InlineData("kw/law/2013/106", "kw/law/2013/106", null)]
    [InlineData("kw/law/2013/106#art_16", "kw/law/2013/106", "art_16")]
    [InlineData("kw/law/2013/106#art_16__para_2", "kw/law/2013/106", "art_16__para_2")]
    [InlineData("kw/law/2013/106#art_33bis", "kw/law/2013/106", "art_33bis")]
    [InlineData("un/scr/2379", "un/scr/2379", null)]
    [InlineData("org/tftc", "org/tftc", null)]
    [InlineData("src/kuna-2026-01-27", "src/kuna-2026-01-27", null)]
    public void EachIdShapeParsesAndRoundTrips(string text, string work, string? eId)
    {
        var id = NodeId.Parse(text);
        Assert.Equal((work, eId), (id.Work, id.EId?.ToString()));
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, NodeId.Parse(id.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tftc")]
    [InlineData("KW/law/2013/106")]
    [InlineData("kw/law/2013/106#")]
    [InlineData("kw/law/2013/106#article16")]
    [InlineData("kw/law/2013/106#art_16#art_17")]
    [InlineData("kw//2013")]
    public void MalformedIdsAreRefusedWithTheInputInTheMessage(string text)
    {
        Assert.False(NodeId.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => NodeId.Parse(text));
        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void AProvisionKnowsItsWork() =>
        Assert.Equal(NodeId.Parse("kw/law/2013/106"), NodeId.Parse("kw/law/2013/106#art_16__para_2").WorkId);

    [Theory]
    [InlineData("2018", "2018-01-01", "2018-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2018-02-13", "2018-02-13", "2018-02-13")]
    public void PartialDatesSpanEveryDayTheyMightMean(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal((DateOnly.Parse(earliest), DateOnly.Parse(latest)), (date.Earliest, date.Latest));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2018-13")]
    [InlineData("2023-02-29")]
    [InlineData("18-02-13")]
    [InlineData("2018/02/13")]
    [InlineData("February 2018")]
    public void ImpossibleOrMisspeltDatesAreRefused(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
