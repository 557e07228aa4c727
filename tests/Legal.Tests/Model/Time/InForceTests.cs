using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Model.Time;

public class InForceTests
{
    private static readonly Origin Nowhere = new("test.md", 1, 1);
    private static readonly NodeId LawId = NodeId.Parse("kw/law/2013/106");

    private static Node Law(Period period) => new(LawId, NodeKind.Law, Nowhere) { InForce = period };

    private static Node Provision(params ProvisionVersion[] versions) =>
        new(LawId.Provision(EId.Parse("art_25")), NodeKind.Provision, Nowhere) { Versions = versions, Summary = new("Today's wording.", null) };

    private static ProvisionVersion Version(string? from, string? until, string text) =>
        new(from is null ? null : PartialDate.Parse(from), until is null ? null : PartialDate.Parse(until), null, new(text, null), []);

    private static readonly DateOnly Y2000 = new(2000, 1, 1);

    [Fact]
    public void AnInstrumentIsNotYetInForceBeforeItsStartAndThatIsCertain()
    {
        var status = InForce.Of(Law(new Period(TimePoint.NotBeforeDate(PartialDate.Parse("2013-05-08")), null)), Y2000);
        Assert.Equal((InForceStatus.NotYetInForce, false), (status.Status, status.Uncertain));
    }

    [Fact]
    public void AfterAStartKnownOnlyNotToBeEarlierTheInstrumentIsInForceButUncertain()
    {
        var status = InForce.Of(Law(new Period(TimePoint.NotBeforeDate(PartialDate.Parse("2013-05-08")), null)), new DateOnly(2026, 6, 1));
        Assert.Equal((InForceStatus.InForce, true), (status.Status, status.Uncertain));
    }

    [Theory]
    [InlineData("2025-05-31", InForceStatus.NotYetInForce, false)]
    [InlineData("2025-06-01", InForceStatus.InForce, true)]
    [InlineData("2025-06-30", InForceStatus.InForce, true)]
    [InlineData("2025-07-01", InForceStatus.InForce, false)]
    public void AMonthPreciseStartCountsFromTheFirstAndFlagsTheDaysOfItsMonth(string day, InForceStatus expected, bool uncertain)
    {
        var status = InForce.Of(Law(Period.Of(PartialDate.Parse("2025-06"), null)), DateOnly.Parse(day));
        Assert.Equal((expected, uncertain), (status.Status, status.Uncertain));
    }

    [Fact]
    public void ARepealOnAnUnknownDayIsRepealedButUncertainAfterItsEarliestDay()
    {
        var period = new Period(TimePoint.On(PartialDate.Parse("2002-03-10")), TimePoint.NotBeforeDate(PartialDate.Parse("2013-05-08")));
        Assert.Equal(InForceStatus.InForce, InForce.Of(Law(period), new DateOnly(2010, 1, 1)).Status);
        var today = InForce.Of(Law(period), new DateOnly(2026, 6, 1));
        Assert.Equal((InForceStatus.Repealed, true), (today.Status, today.Uncertain));
    }

    [Fact]
    public void WithNoDateAtAllTheStatusIsUnknownAndStillCountsAsApplying()
    {
        var status = InForce.Of(Law(Period.Unknown), Y2000);
        Assert.Equal(InForceStatus.Unknown, status.Status);
        Assert.True(status.Applies);
    }

    [Fact]
    public void AProvisionNeverAppliesBeforeItsInstrumentWhateverItsOwnVersionsSay()
    {
        var status = InForce.Of(Provision(), Law(Period.Of(PartialDate.Parse("2013-06-23"), null)), Y2000);
        Assert.Equal(InForceStatus.NotYetInForce, status.Status);
        Assert.Equal(LawId, status.DecidedBy);
    }

    [Fact]
    public void AProvisionInsertedLaterIsNotYetInForceBeforeItsFirstVersion()
    {
        var status = InForce.Of(Provision(Version("2025-06", null, "Inserted.")), Law(Period.Of(PartialDate.Parse("2013"), null)), new DateOnly(2024, 1, 1));
        Assert.Equal(InForceStatus.NotYetInForce, status.Status);
        Assert.Equal(LawId.Provision(EId.Parse("art_25")), status.DecidedBy);
    }

    [Fact]
    public void TheWordingOnADayIsTheVersionWhosePeriodContainsIt()
    {
        var provision = Provision(Version(null, "2025-06", "Old."), Version("2025-06", null, "New."));
        Assert.Equal("Old.", InForce.VersionOn(provision, new DateOnly(2025, 5, 31))!.Summary.En);
        Assert.Equal("New.", InForce.VersionOn(provision, new DateOnly(2025, 6, 1))!.Summary.En);
        Assert.Equal("Today's wording.", InForce.VersionOn(Provision(), Y2000)!.Summary.En);
    }
}
