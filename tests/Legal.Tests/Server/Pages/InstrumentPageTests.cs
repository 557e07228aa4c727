using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

[Collection(BrowserCollection.Name)]
public sealed class InstrumentPageTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    private Task<IPage> OpenAsync() => browser.NewPageAsync(site.Server.BaseUrl);

    [BrowserFact]
    public async Task TheLawShowsItsArticlesWithAnchorsAndItsContentsLinkToThem()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Test Law");
        await Assertions.Expect(page.Locator("article #art_2 h3, article #art_2 h4").First).ToHaveTextAsync("Article 2 — The unit");
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" });
        await contents.GetByRole(AriaRole.Link, new() { Name = "Paragraph 1" }).ClickAsync();

        Assert.EndsWith("#art_2__para_1", page.Url);
        await Assertions.Expect(page.Locator("article #art_2__para_1")).ToBeInViewportAsync();
        await BrowserSession.ScreenshotAsync(page, "instrument-en");
    }

    [BrowserFact]
    public async Task SwitchingToArabicLaysTheLawOutRightToLeftAndCrossReferencesKeepTheLanguage()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106");
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();

        var article = page.Locator("article");
        await Assertions.Expect(article).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(article).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("قانون الاختبار");
        Assert.Equal("rtl", await article.EvaluateAsync<string>("a => getComputedStyle(a).direction"));
        // Laid out from the right: the heading ends at the text column's right relation.
        var heading = (await page.Locator("article h1").BoundingBoxAsync())!;
        var column = (await page.Locator(".instrument .text").BoundingBoxAsync())!;
        Assert.InRange(column.X + column.Width - (heading.X + heading.Width), -1, 1);
        await BrowserSession.ScreenshotAsync(page, "instrument-ar");

        await page.Locator("article #art_2 .summary-text a", new() { HasText = "الوحدة" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Server.BaseUrl}/nodes/org/test-fiu");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("وحدة الاختبار");
        await BrowserSession.ScreenshotAsync(page, "institution-ar");
    }

    [BrowserFact]
    public async Task TheAsOfSelectorShowsTheWordingInForceOnThatDay()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en");
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("The new wording.");

        await page.GetByLabel("Show the text in force on").FillAsync("2024-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("asOf=2024-01-01"));
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("The old wording.");
        await Assertions.Expect(page.Locator("article")).Not.ToContainTextAsync("The new wording.");
    }

    [BrowserFact]
    public async Task HeadingsDescendInOrderAndTheSkipLinkTakesTheKeyboardToTheText()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");

        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        await Assertions.Expect(skip).ToHaveTextAsync("انتقل إلى المحتوى");
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [BrowserFact]
    public async Task EveryElementHoldingTextIsInsideADeclaredLanguageAndDirection()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");
        var unmarked = await page.EvaluateAsync<string[]>("""
            [...document.body.querySelectorAll('*')]
              .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
              .filter(e => !e.closest('[lang]') || !e.closest('[dir]'))
              .map(e => e.outerHTML.slice(0, 80))
            """);
        Assert.Empty(unmarked);
        // A summary not yet written in Arabic is not set in English among the Arabic: the page links to the English one.
        await Assertions.Expect(page.Locator("article", new() { HasText = "Defines terms." })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("article a[hreflang=en]", new() { HasText = "اقرأه بالإنجليزية" }).First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task TheCompareViewShowsTheWordsThatChangedBetweenTwoDates()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en");
        await page.GetByLabel("Earlier date").FillAsync("2025-05-01");
        await page.GetByLabel("Later date").FillAsync("2025-07-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var comparison = page.Locator(".comparison");
        await Assertions.Expect(comparison.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("What changed between 2025-05-01 and 2025-07-01");
        await Assertions.Expect(comparison.Locator("del")).ToHaveTextAsync("removed: old");
        await Assertions.Expect(comparison.Locator("ins")).ToHaveTextAsync("added: new");
        await Assertions.Expect(comparison.GetByRole(AriaRole.Link, new() { Name = "Article 3" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "instrument-compare");
    }

    [BrowserFact]
    public async Task EachProvisionSaysItsStatusAndEverySummaryIsLabelledAsOurs()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en");
        await Assertions.Expect(page.Locator("#art_3 .provision-status")).ToHaveTextAsync("In force · since 2025-06-01");
        var summaries = await page.Locator("article .summary").CountAsync();
        Assert.True(summaries > 3);
        await Assertions.Expect(page.Locator("article .summary > .ours")).ToHaveCountAsync(summaries);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("article .summary > .ours").First).ToBeVisibleAsync();
    }
}
