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
    public void AnInsertedArticleKeepsTheWordTheOfficialTextUses()
    {
        Assert.Equal("Art. 33 bis", Citations.ArticleLabel("33bis", Lang.En));
        Assert.Equal("المادة 33 مكرر", Citations.ArticleLabel("33bis", Lang.Ar));
    }
}
