using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Model.Time;

public class TimelineTests
{
    private static readonly Origin Nowhere = new("test.md", 1, 1);

    private static Change Event(string date, ChangeKind kind = ChangeKind.Made) =>
        new(TimePoint.Parse(date), kind, NodeId.Parse("kw/law/2025/1"), null, Bilingual.Empty);

    [Theory]
    [InlineData("2025", true)]
    [InlineData("2024-12", false)]
    [InlineData("2025-06-30", true)]
    [InlineData("2013-05-08..", false)]
    public void AnEventIsInAPeriodWhenTheRangeItCouldFallOnOverlapsIt(string date, bool within) =>
        Assert.Equal(within, Timeline.Within(Event(date), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

    [Fact]
    public void AnInstrumentIsMadeCommencedAndRepealedWithWhatRepealedIt()
    {
        var repealer = NodeId.Parse("kw/law/2013/106");
        var law = new Node(NodeId.Parse("kw/law/2002/35"), NodeKind.Law, Nowhere)
        {
            Date = PartialDate.Parse("2002-03-10"),
            InForce = new Period(TimePoint.NotBeforeDate(PartialDate.Parse("2002-03-10")), TimePoint.NotBeforeDate(PartialDate.Parse("2013-05-08"))),
            RepealedBy = repealer,
        };
        var events = Timeline.Of([law]);
        Assert.Equal([ChangeKind.Made, ChangeKind.Commenced, ChangeKind.Repealed], events.Select(e => e.Kind));
        Assert.Equal(repealer, events[^1].By);
    }
}
