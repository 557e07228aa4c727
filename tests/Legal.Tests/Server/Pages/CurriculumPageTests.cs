using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

[Collection(BrowserCollection.Name)]
public sealed class CurriculumPageTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    [BrowserFact]
    public async Task ACurriculumBuiltFromTheFormPrintsWithoutTheNavigationOrTheForm()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/curriculum?lang=en");
        await page.GetByLabel("Topic").FillAsync("unit");
        await page.GetByLabel("Audience").FillAsync("compliance officers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Build" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Training handout: unit");
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("Art. 2, Law 106/2013");
        await Assertions.Expect(page.Locator("article h2", new() { HasText = "Answer key" })).ToBeVisibleAsync();
        // "compliance officers" names no sector: the trainer is told why there is no module on duties.
        await Assertions.Expect(page.Locator(".handout .notice")).ToContainTextAsync("No sector matches the audience “compliance officers”");
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("it is not the official text");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.site")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.query")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("article")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("footer.site .ours-note")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "curriculum-print");
        await page.PdfAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "curriculum.pdf") });
    }
}
