using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

/// <summary>The acceptance crawl, over the corpus that ships.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShippedSiteTests(BrowserSession browser) : IDisposable
{
    private readonly LiveServer _server = new(Fixtures.ShippedCorpus());

    public void Dispose() => _server.Dispose();

    [BrowserFact]
    public async Task EveryInternalLinkFromTheHomePageOfTheShippedCorpusWorks()
    {
        var page = await browser.NewPageAsync(_server.BaseUrl);
        await page.GotoAsync("/");
        var (broken, visited) = await SiteCrawler.CrawlAsync(page);
        Assert.Empty(broken);
        Assert.True(visited > 500, $"only {visited} pages reached from /");
    }

    [BrowserFact]
    public async Task Law106ShowsItsArticlesWithAnchorsAndItsArabicRightToLeft()
    {
        var page = await browser.NewPageAsync(_server.BaseUrl);
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");
        await Assertions.Expect(page.Locator("article")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("article #art_16")).ToBeVisibleAsync();
        Assert.Equal("rtl", await page.Locator("article").EvaluateAsync<string>("a => getComputedStyle(a).direction"));
        await BrowserSession.ScreenshotAsync(page, "law-106-ar");
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en#art_16");
        await Assertions.Expect(page.Locator("article #art_16")).ToBeInViewportAsync();
        await BrowserSession.ScreenshotAsync(page, "law-106-en-art-16");
    }
}
