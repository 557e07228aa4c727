using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    [BrowserFact]
    public async Task EveryInternalLinkFromTheHomePageLeadsToAPageAndEveryAnchorExists()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/");
        var (broken, visited) = await SiteCrawler.CrawlAsync(page);
        Assert.Empty(broken);
        Assert.True(visited > 10, $"only {visited} pages reached from /");
    }

    [BrowserFact]
    public async Task SearchingFromTheHomePageFindsABodyByNameAndOpensItsPage()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByLabel("Search titles, names and acronyms").FillAsync("fiu");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Matches for “fiu”");
        await BrowserSession.ScreenshotAsync(page, "search");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Test FIU" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync($"{site.Server.BaseUrl}/nodes/org/test-fiu");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Test FIU");
        await BrowserSession.ScreenshotAsync(page, "institution-en");
    }

    [BrowserFact]
    public async Task SearchFindsArabicTitles()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("الاختبار") + "&lang=ar");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "قانون الاختبار" })).ToBeVisibleAsync();
    }
}
