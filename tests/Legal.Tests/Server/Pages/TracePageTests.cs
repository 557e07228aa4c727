using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

[Collection(BrowserCollection.Name)]
public sealed class TracePageTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    [BrowserFact]
    public async Task ADutysPageOpensItsTraceDrawnBesideItsProseAndTheDiagramLinksToEachStep()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/nodes/obligation/kw/report?lang=en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trace its legal bases" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Legal bases of Report");
        var prose = page.Locator(".trace .prose");
        await Assertions.Expect(prose).ToContainTextAsync("imposed by");
        var diagram = page.Locator("svg.trace-diagram");
        await Assertions.Expect(diagram).ToBeVisibleAsync();
        // One box per node on the chain: the duty and Article 2; the climb from Article 2 to its own law is structure, not a basis.
        await Assertions.Expect(diagram.Locator("a")).ToHaveCountAsync(2);
        await Assertions.Expect(diagram.Locator("a[href='/instruments/kw/law/2013/106#art_2']")).ToContainTextAsync("imposed by");
        // Beside, not below: the diagram starts level with the prose.
        var proseBox = (await prose.BoundingBoxAsync())!;
        var diagramBox = (await diagram.BoundingBoxAsync())!;
        Assert.True(diagramBox.X > proseBox.X + proseBox.Width, "the diagram is not beside the prose");
        await BrowserSession.ScreenshotAsync(page, "trace-en");

        await diagram.Locator("a[href='/nodes/obligation/kw/report']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Server.BaseUrl}/instruments/kw/law/2013/106#art_2");
    }

    [BrowserFact]
    public async Task InArabicTheDiagramIsMirroredToReadFromTheRight()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/trace?from=obligation/kw/report&lang=ar");

        var origin = (await page.Locator("svg.trace-diagram a.origin rect").BoundingBoxAsync())!;
        var law = (await page.Locator("svg.trace-diagram a[href='/instruments/kw/law/2013/106#art_2'] rect").BoundingBoxAsync())!;
        // Each step is indented from the right, so a deeper box ends further left than the origin's.
        Assert.True(law.X + law.Width < origin.X + origin.Width, "deeper steps are not indented from the right");
        await BrowserSession.ScreenshotAsync(page, "trace-ar");
    }
}
