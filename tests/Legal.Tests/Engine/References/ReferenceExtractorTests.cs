using Legal.Engine.References;

namespace Legal.Tests.Engine.References;

public class ReferenceExtractorTests
{
    private static readonly ReferenceExtractor Extractor = new(QueryFixtures.Corpus().Nodes.Values);

    private static IReadOnlyList<Reference> Extract(string text)
    {
        var found = Extractor.Extract(text);
        Assert.All(found, r => Assert.Equal(r.Text, text[r.Start..r.End]));
        return found;
    }

    private static string? Single(string text) => Extract(text) is [var only] ? only.Target.ToString() : null;

    [Theory]
    [InlineData("وصدر القانون رقم 106 لسنة 2013 في شأن مكافحة غسل الأموال", "القانون رقم 106 لسنة 2013")]
    [InlineData("وصدر القانون رقم ١٠٦ لسنة ٢٠١٣ أخيرا", "القانون رقم ١٠٦ لسنة ٢٠١٣")]
    [InlineData("Under Law No. 106 of 2013, banks must report.", "Law No. 106 of 2013")]
    [InlineData("See Law 106/2013.", "Law 106/2013")]
    [InlineData("بموجب قرار مجلس الوزراء رقم 1396 لسنة 2013 تشكلت اللجنة", "قرار مجلس الوزراء رقم 1396 لسنة 2013")]
    [InlineData("Council of Ministers Resolution No. 1396 of 2013 set it up.", "Council of Ministers Resolution No. 1396 of 2013")]
    public void FindsKuwaitiInstrumentsByNumberAndYear(string text, string matched)
    {
        var reference = Assert.Single(Extract(text));
        Assert.Equal(matched, reference.Text);
    }

    [Theory]
    [InlineData("وفقا للقرار 1373 (2001) الصادر عن مجلس الأمن", "un/scr/1373")]
    [InlineData("under resolution 1373, states must", "un/scr/1373")]
    [InlineData("Security Council resolution 1373 (2001) requires", "un/scr/1373")]
    [InlineData("قرار مجلس الأمن رقم ١٣٧٣ يلزم الدول", "un/scr/1373")]
    public void FindsSecurityCouncilResolutions(string text, string id) => Assert.Equal(id, Single(text));

    [Theory]
    [InlineData("Egyptian Law No. 106 of 2013 says otherwise.")]
    [InlineData("القانون المصري رقم 106 لسنة 2013")]
    [InlineData("Law No. 106 of 2013 of Egypt")]
    [InlineData("وفي السعودية القانون رقم 106 لسنة 2013")]
    [InlineData("Law No. 80 of 2002")]
    public void NeverLinksAnotherCountrysLawOrAnUnknownOne(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void AForeignLawInTheNextClauseDoesNotUnlinkAKuwaitiOne() =>
        Assert.Equal("kw/law/2013/106", Single("Under Law No. 106 of 2013, the Egyptian Law No. 106 of 2013 differs."));

    [Fact]
    public void TheSameYearTakesTheYearCitedBefore()
    {
        var found = Extract("القانون رقم 106 لسنة 2013 وقرار مجلس الوزراء رقم \"1396\" في العام نفسه");
        Assert.Equal(["kw/law/2013/106", "kw/cabinet/2013/1396"], found.Select(r => r.Target.ToString()));
        Assert.Equal("قرار مجلس الوزراء رقم \"1396\"", found[1].Text);
    }

    [Theory]
    [InlineData("اجتماع خبراء المنتدى العالمي لمكافحة الإرهاب في الكويت", "fw/gctf", "المنتدى العالمي لمكافحة الإرهاب")]
    [InlineData("فعاليات مماثلة للمنتدى العالمي لمكافحة الارهاب.", "fw/gctf", "لمنتدى العالمي لمكافحة الارهاب")]
    [InlineData("the GCTF met", "fw/gctf", "GCTF")]
    [InlineData("ورئيس لجنة تنفيذ قرارات مجلس الأمن السفير", "org/kw-sc-committee", "لجنة تنفيذ قرارات مجلس الأمن")]
    [InlineData("reports go to the Kuwait Financial Intelligence Unit (KwFIU)", "org/kw-fiu", "Kuwait Financial Intelligence Unit")]
    [InlineData("وأحالت وحدة التحريات المالية البلاغ", "org/kw-fiu", "وحدة التحريات المالية")]
    public void FindsBodiesAndFrameworksByNameAcronymOrAlias(string text, string id, string matched)
    {
        var reference = Extract(text)[0];
        Assert.Equal((id, matched), (reference.Target.ToString(), reference.Text));
    }

    [Fact]
    public void AcronymsMatchOnlyInTheirOwnCase() => Assert.Empty(Extract("the gctf met"));

    [Fact]
    public void ANameDoesNotRunAcrossASentenceBreak() => Assert.Empty(Extract("المنتدى العالمي. لمكافحة الإرهاب"));
}
