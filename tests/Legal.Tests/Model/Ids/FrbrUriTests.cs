using Legal.Model;
using Legal.Model.Ids;
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
    [InlineData("kw/cma/circular/2024/5", NodeKind.RegulatoryInstruction, "KW", "5", "2024", "/akn/kw/doc/instruction/cma/2024/5")]
    [InlineData("kw/cbk/2002/2-bs-92", NodeKind.RegulatoryInstruction, "KW", "2/BS/92/2002", "2002-10-23", "/akn/kw/doc/instruction/cbk/2002/2-bs-92-2002")]
    [InlineData("un/scr/2379", NodeKind.UnResolution, "UN", "2379", "2017-09-21", "/akn/un/statement/resolution/unsc/2017/2379")]
    public void InstrumentsGetAnAkomaNtosoWorkUri(string id, NodeKind kind, string place, string number, string? date, string expected)
    {
        var node = new Node(NodeId.Parse(id), kind, Nowhere)
        {
            Jurisdiction = place,
            Number = number,
            Date = date is null ? null : PartialDate.Parse(date),
        };
        Assert.Equal(expected, FrbrUri.ForWork(node)?.WorkUri);
    }

    [Fact]
    public void AnInstrumentWithoutAKnownYearGetsNone() =>
        Assert.Null(FrbrUri.ForWork(new Node(NodeId.Parse("un/scr/2379"), NodeKind.UnResolution, Nowhere) { Jurisdiction = "UN", Number = "2379" }));

    [Theory]
    [InlineData("/akn/kw/act/2013/106")]
    [InlineData("/akn/kw/act/decree-law/2025/76")]
    [InlineData("/akn/un/statement/resolution/unsc/2017/2379")]
    [InlineData("/akn/kw/act/2013-05-08/106")]
    [InlineData("/akn/kw/act/2013/106/eng@2025-06-01")]
    [InlineData("/akn/kw/act/2013/106/ara@")]
    [InlineData("/akn/kw/act/2013/106/eng:2020-01-01")]
    [InlineData("/akn/kw/act/2013/106/eng@2025-06-01.xml")]
    [InlineData("/akn/kw/act/2013/106.html")]
    public void EachUriShapeParsesAndRoundTrips(string text)
    {
        var uri = FrbrUri.Parse(text);
        Assert.Equal(text, uri.ToString());
        Assert.Equal(uri, FrbrUri.Parse(uri.ToString()));
    }

    [Fact]
    public void AnExpressionAndAManifestationBuildOnTheirWork()
    {
        var work = FrbrUri.Parse("/akn/un/statement/resolution/unsc/2017/2379");
        var expression = work.Expression("ara", "2017-09-21");
        var manifestation = expression.Manifestation("xml");
        Assert.Equal(("kw", "act", "decree-law", null, "2025", "76"), Parts(FrbrUri.Parse("/akn/kw/act/decree-law/2025/76")));
        Assert.Equal(("resolution", "unsc"), (work.Subtype, work.Actor));
        Assert.Equal("/akn/un/statement/resolution/unsc/2017/2379/ara@2017-09-21", expression.ExpressionUri);
        Assert.Equal("/akn/un/statement/resolution/unsc/2017/2379/ara@2017-09-21.xml", manifestation.ManifestationUri);
        Assert.Equal(work.WorkUri, manifestation.WorkUri);
        Assert.True(work.Expression("eng", "2020-01-01", atOrBefore: true).AtOrBefore);
    }

    [Theory]
    [InlineData("akn/kw/act/2013/106")]
    [InlineData("/akn/kw/act/106")]
    [InlineData("/akn/kw/act/2013")]
    [InlineData("/akn/kw/act/2013/106/english@2025-06-01")]
    [InlineData("/akn/kw/act/2013/106/eng@2025-06")]
    [InlineData("/akn/KW/act/2013/106")]
    [InlineData("/akn/kw/act/2013/106/eng@2025-06-01/extra")]
    public void AMalformedUriIsRefusedNamingTheInput(string text)
    {
        Assert.False(FrbrUri.TryParse(text, out _));
        Assert.Contains(text, Assert.Throws<FormatException>(() => FrbrUri.Parse(text)).Message);
    }

    private static (string, string, string?, string?, string, string) Parts(FrbrUri uri) => (uri.Country, uri.DocType, uri.Subtype, uri.Actor, uri.Date, uri.Number);
}
