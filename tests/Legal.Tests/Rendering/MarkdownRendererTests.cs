using Legal.Embedded;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;
using Legal.Server.Pages;
using Snapshooter.Xunit;

namespace Legal.Tests.Rendering;

public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new(new EmbeddedGraph(Fixtures.Corpus()), PageLinks.Site);

    private static async Task<string> Render(string id, Lang lang, DateOnly? asOf = null) =>
        (await Renderer.RenderAsync(NodeId.Parse(id), lang, asOf))!;

    [Fact]
    public async Task AnInstrumentRendersAsMarkdownWithItsProvisionsLinksAndSources() =>
        Snapshot.Match(await Render("kw/law/2013/106", Lang.En));

    [Fact]
    public async Task TheArabicRenderingUsesArabicLabelsAndSaysWhereASummaryIsMissing() =>
        Snapshot.Match(await Render("kw/law/2013/106", Lang.Ar));

    [Fact]
    public async Task HtmlIsMarkedRightToLeftForArabicAndKeepsArticleAnchors()
    {
        var html = HtmlRenderer.Render(await Render("kw/law/2013/106", Lang.Ar), Lang.Ar);
        Snapshot.Match(html);
        Assert.StartsWith("<article lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("id=\"art_2\"", html);
    }

    [Fact]
    public async Task CitationsBecomeLinksToTheCitedPages()
    {
        var markdown = await Render("kw/law/2013/106#art_2", Lang.En);
        Assert.Contains("[the FIU](/nodes/org/test-fiu)", markdown);
        Assert.Contains("[Article 1](/instruments/kw/law/2013/106#art_1)", markdown);
    }

    [Fact]
    public async Task AsOfRendersTheWordingInForceThatDay()
    {
        Assert.Contains("The old wording.", await Render("kw/law/2013/106#art_3", Lang.En, new DateOnly(2024, 1, 1)));
        Assert.Contains("The new wording.", await Render("kw/law/2013/106#art_3", Lang.En, new DateOnly(2025, 7, 1)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=\"alert(1)\">")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("text {onclick=\"alert(1)\"}")]
    public void HtmlNeverCarriesExecutableContentFromTheCorpus(string payload)
    {
        var html = HtmlRenderer.Render($"# Title\n\n{payload}\n", Lang.En);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
