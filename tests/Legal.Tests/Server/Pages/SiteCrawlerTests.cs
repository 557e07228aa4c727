
namespace Legal.Tests.Server.Pages;

/// <summary>The crawler the link checks rely on finds what is broken, so a clean crawl means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteCrawlerTests(BrowserSession browser) : IDisposable
{
    private readonly FixtureCorpusFolder _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [BrowserFact]
    public async Task AMissingPageAndAMissingAnchorAreBothReportedWithThePageLinkingToThem()
    {
        File.WriteAllText(Path.Combine(_corpus.Path, "org", "linker.md"), """
            ---
            id: org/linker
            kind: institution
            title: {en: Linker}
            sources: [test-source]
            ---

            ::: en
            <a href="/nodes/org/nowhere">gone</a> and <a href="/instruments/kw/law/2013/106#art_99">no such article</a>
            :::
            """);
        using var server = new LiveServer(_corpus.Path);
        var page = await browser.NewPageAsync(server.BaseUrl);
        await page.GotoAsync("/nodes/org/linker");

        var (broken, _) = await SiteCrawler.CrawlAsync(page);

        Assert.Contains($"{server.BaseUrl}/nodes/org/nowhere (404) linked from {server.BaseUrl}/nodes/org/linker", broken);
        Assert.Contains($"{server.BaseUrl}/instruments/kw/law/2013/106#art_99 (no such anchor) linked from {server.BaseUrl}/nodes/org/linker", broken);
    }
}
