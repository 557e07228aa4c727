using Legal.Model.Ids;
using Legal.Model;
using Legal.Model.Time;

namespace Legal.Tests.Model.Ids;

public class FrbrUriTests
{
    private static readonly Origin Nowhere = new("test.md", 1, 1);

    [Theory]
    [InlineData("kw/law/2013/106", NodeKind.Law, "KW", "106", "2013-05-08", "/akn/kw/act/2013/106")]
    [InlineData("kw/law/2013/106", NodeKind.Law, "KW", "106", null, "/akn/kw/act/2013/106")]
    [InlineData("kw/decree-law/2025/76", NodeKind.DecreeLaw, "KW", "76", "2025", "/akn/kw/act/decree-law/2025/76")]
    [InlineData("kw/mr/2013/37", NodeKind.MinisterialResolution, "KW", "37", null, "/akn/kw/act/ministerial-resolution/2013/37")]
    [InlineData("un/scr/2379", NodeKind.UnResolution, "UN", "2379", "2017-09-21", "/akn/un/statement/resolution/unsc/2017/2379")]
    public void InstrumentsGetAnAkomaNtosoWorkUri(string id, NodeKind kind, string place, string number, string? date, string expected)
    {
        var node = new Node(NodeId.Parse(id), kind, Nowhere)
        {
            Jurisdiction = place,
            Number = number,
            Date = date is null ? null : PartialDate.Parse(date),
        };
        Assert.Equal(expected, FrbrUri.Work(node));
    }

    [Fact]
    public void AnInstrumentWithoutAKnownYearGetsNone() =>
        Assert.Null(FrbrUri.Work(new Node(NodeId.Parse("un/scr/2379"), NodeKind.UnResolution, Nowhere) { Jurisdiction = "UN", Number = "2379" }));
}
