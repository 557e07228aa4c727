using Legal.Model.Time;

namespace Legal.Tests.Model.Time;

public class TimePointTests
{
    [Theory]
    [InlineData("2025-06")]
    [InlineData("2013-05-08")]
    [InlineData("2013-05-08..")]
    [InlineData("2013..")]
    public void EveryFormRoundTrips(string text) => Assert.Equal(text, TimePoint.Parse(text).ToString());

    [Theory]
    [InlineData("2013-13-45")]
    [InlineData("..2013")]
    [InlineData("2013-02-30..")]
    public void ImpossibleDatesAreRefused(string text) => Assert.False(TimePoint.TryParse(text, out _));

    [Fact]
    public void AnUnknownDayHasAnEarliestButNoLatestDay()
    {
        var point = TimePoint.Parse("2013-05-08..");
        Assert.Equal(new DateOnly(2013, 5, 8), point.Earliest);
        Assert.Null(point.Latest);
        Assert.True(point.Straddles(new DateOnly(2030, 1, 1)));
        Assert.False(point.Straddles(new DateOnly(2013, 5, 7)));
    }
}
