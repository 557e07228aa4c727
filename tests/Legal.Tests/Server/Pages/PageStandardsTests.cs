namespace Legal.Tests.Server.Pages;

/// <summary>
/// The reading pages of the shipped corpus, judged by axe-core (no violation at any impact) and by html-validate's
/// recommended preset (no error), in both languages; each page's screenshot is kept beside the test binaries.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageStandardsTests(BrowserSession browser, ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> Pages => new(
        "/?lang=en",
        "/?lang=ar",
        "/about?lang=en",
        "/instruments/kw/law/2013/106?lang=en",
        "/instruments/kw/law/2013/106?lang=ar",
        "/instruments/kw/law/2013/106?lang=en&compareFrom=2025-05-31&compareTo=2025-12-31",
        "/instruments/kw/law/2002/35?lang=ar",
        "/nodes/org/kw-fiu?lang=en",
        "/nodes/org/kw-fiu?lang=ar",
        "/search?q=fiu&lang=en",
        "/search?q=%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A9&lang=ar",
        "/trace?lang=en",
        "/trace?from=obligation/kw/report-suspicious-transactions&lang=en",
        "/trace?from=org/kw-fiu&lang=ar",
        "/curriculum?topic=terrorist+financing&audience=bank+staff&lang=en",
        "/curriculum?topic=%D8%AA%D9%85%D9%88%D9%8A%D9%84+%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8&audience=%D8%A7%D9%84%D8%A8%D9%86%D9%88%D9%83&lang=ar",
        "/register?sector=sector/banks&lang=en",
        "/register?sector=sector/banks&lang=ar");

    [PageChecksTheory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoViolation(string path)
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl, bypassCsp: true);
        await page.GotoAsync(path);
        await BrowserSession.ScreenshotAsync(page, ScreenshotName(path));
        Assert.Empty(await PageChecks.AxeAsync(page));
    }

    [PageChecksTheory]
    [MemberData(nameof(Pages))]
    public async Task HtmlValidateFindsNoError(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.Server.BaseUrl) };
        var html = await http.GetStringAsync(path);
        Assert.Empty(PageChecks.Validate([(path, html)]));
    }

    private static string ScreenshotName(string path)
    {
        var name = "page" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).TrimEnd('-');
        return name[..Math.Min(100, name.Length)];
    }
}
