using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Tests.Rendering;

public sealed class CitationsTests
{
    private static readonly Legal.Embedded.EmbeddedGraph Graph = QueryFixtures.Graph();

    private static async Task<string> ShortAsync(string id, Lang lang)
    {
        var node = (await Graph.GetAsync(NodeId.Parse(id)))!;
        var work = await Graph.GetAsync(node.Id.WorkId);
        return Citations.Short(node, n => n == work?.Id ? work : null, lang);
    }

    [Fact]
    public async Task AnArticleIsCitedTheWayALawyerWritesIt()
    {
        Assert.Equal("Art. 16, Law 106/2013", await ShortAsync("kw/law/2013/106#art_16", Lang.En));
        Assert.Equal("المادة 16، القانون 106/2013", await ShortAsync("kw/law/2013/106#art_16", Lang.Ar));
    }

    [Fact]
    public void ARegulatorsInstructionsAreCitedByTheirTitleNotAsAnInventedKindAndNumber()
    {
        // "Instructions 2/RS/95/2003/2003" would repeat the year and drop the issuer; the title names both.
        var title = new Bilingual("Central Bank of Kuwait Instructions No. 2/RS/95/2003 to exchange companies", "تعليمات بنك الكويت المركزي رقم 2/RS/95/2003");
        var instruction = new Node(NodeId.Parse("kw/cbk/2003/2-rs-95"), NodeKind.RegulatoryInstruction, new Origin("t.md", 1, 1))
        {
            Title = title, Number = "2/RS/95/2003", Date = Legal.Model.Time.PartialDate.Parse("2003-03-09"),
        };
        Assert.Equal(title.En, Citations.Short(instruction, _ => null, Lang.En));
        Assert.Equal(title.Ar, Citations.Short(instruction, _ => null, Lang.Ar));
    }

    [Fact]
    public void AnInsertedArticleKeepsTheWordTheOfficialTextUses()
    {
        Assert.Equal("Art. 33 bis", Citations.ArticleLabel("33bis", Lang.En));
        Assert.Equal("المادة 33 مكرر", Citations.ArticleLabel("33bis", Lang.Ar));
    }
}
