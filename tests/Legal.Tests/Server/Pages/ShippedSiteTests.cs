using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

/// <summary>The acceptance checks, over the corpus that ships.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShippedSiteTests(BrowserSession browser, ShippedSite site) : IClassFixture<ShippedSite>
{
    /// <summary>The page's visible words in Latin lower case, leaving out links and identifiers (code), which may be in either script.</summary>
    private const string LatinWordsOutsideLinks = """
        () => {
          for (const e of document.querySelectorAll('a, code')) e.remove();
          return document.body.innerText.match(/\b[a-z][a-z]+\b/g) ?? [];
        }
        """;

    [BrowserFact]
    public async Task EveryInternalLinkFromTheHomePageOfTheShippedCorpusWorks()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/");
        var (broken, visited) = await SiteCrawler.CrawlAsync(page);
        Assert.Empty(broken);
        Assert.True(visited > 500, $"only {visited} pages reached from /");
    }

    [BrowserFact]
    public async Task Law106ShowsItsArticlesWithAnchorsAndItsArabicRightToLeft()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");
        await Assertions.Expect(page.Locator("article").First).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("article #art_16")).ToBeVisibleAsync();
        Assert.Equal("rtl", await page.Locator("article").First.EvaluateAsync<string>("a => getComputedStyle(a).direction"));
        await BrowserSession.ScreenshotAsync(page, "law-106-ar");
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en#art_16");
        await Assertions.Expect(page.Locator("article #art_16")).ToBeInViewportAsync();
        await BrowserSession.ScreenshotAsync(page, "law-106-en-art-16");
    }

    [BrowserFact]
    public async Task TheArabicLaw106PageHasNoLatinWordOutsideIdentifiersAndLinks()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");
        Assert.Empty(await page.EvaluateAsync<string[]>(LatinWordsOutsideLinks));
    }

    [BrowserFact]
    public async Task Law106StatusBoxSaysInForceAndNamesTheDecreeLawThatAmendedIt()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=en");
        var box = page.Locator(".status-box");
        await Assertions.Expect(box).ToContainTextAsync("Status: In force");
        await Assertions.Expect(box.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Decree-Law No\\. 76 of 2025") })).ToBeVisibleAsync();
        await Assertions.Expect(box).ToContainTextAsync("Changes known up to");
        // The status comes first; the identifiers wait, closed, at the end.
        Assert.True(await page.EvaluateAsync<bool>("() => !!(document.querySelector('.status-box').compareDocumentPosition(document.querySelector('.provisions')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        await Assertions.Expect(page.Locator("details.identifiers")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator("details.identifiers code").First).Not.ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task TheHomePageMarksLaw35RepealedAndListsLaw106First()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/?lang=en");
        var rows = page.Locator("table.register tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Law No. 35 of 2002" }).Locator(".status")).ToHaveTextAsync("Repealed");
        await Assertions.Expect(rows.First).ToContainTextAsync("Law No. 106 of 2013");
        await BrowserSession.ScreenshotAsync(page, "home-en");
    }

    [BrowserFact]
    public async Task TheArabicFaceIsServedByTheAppAndUsedOnArabicPages()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        var fonts = new List<string>();
        page.Request += (_, request) => { if (request.ResourceType == "font") fonts.Add(request.Url); };
        await page.GotoAsync("/instruments/kw/law/2013/106?lang=ar");
        var loaded = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded'); }");
        Assert.True(loaded, "Noto Naskh Arabic did not load");
        Assert.NotEmpty(fonts);
        Assert.All(fonts, url => Assert.StartsWith($"{site.Server.BaseUrl}/vendor/noto-naskh-arabic/", url));
    }

    [BrowserFact]
    public async Task TheBanksRegisterGivesEachDutyItsBasisSupervisorAndPenaltyAndPrintsWithoutTheForm()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/register?sector=sector/banks&asOf=2026-01-01&lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("What binds banks on \u20662026-01-01\u2069");
        var row = page.Locator("table.register tr", new() { HasText = "Report to the FIU any transaction" }).First;
        await Assertions.Expect(row).ToContainTextAsync("Art. 12, Law 106/2013");
        await Assertions.Expect(row).ToContainTextAsync("Central Bank of Kuwait");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form.query")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.register").First).ToBeVisibleAsync();
        await page.PdfAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "register-banks.pdf") });
    }

    [BrowserFact]
    public async Task TheAboutPageSaysWhatIsOursAndGradesTheSources()
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync("/about?lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our summaries and the official text" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.register", new() { HasText = "Grade" }).Locator("tbody tr", new() { HasText = "press" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("code.corpus-version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{12,}$"));
    }
}
