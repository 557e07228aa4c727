using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

/// <summary>A corpus written to attack its readers: whatever it carries must show as text or vanish, and never run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CorpusContentSafetyTests : IDisposable
{
    private const string Payloads = """
        <script>window.__pwned = 'script'; alert('script')</script>

        <img src=x onerror="window.__pwned = 'onerror'; alert('onerror')">

        <svg onload="window.__pwned = 'svg'"></svg>

        <iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>

        <a href="javascript:window.__pwned='href'">a link</a> and <a href="#" onclick="window.__pwned='onclick'">a click</a>

        <div style="background:url(javascript:alert('style'))">styled</div>
        """;

    private readonly BrowserSession _browser;
    private readonly string _corpus = Directory.CreateTempSubdirectory("legal-hostile-").FullName;
    private readonly LiveServer _server;

    public CorpusContentSafetyTests(BrowserSession browser)
    {
        _browser = browser;
        Write("sources/test-source.md", Fixtures.Source);
        Write("org/hostile.md", $"""
            ---
            id: org/hostile
            kind: institution
            title: {"{"}en: "<script>window.__pwned='title'</script>Hostile body", ar: "<img src=x onerror=\"window.__pwned='ar'\">هيئة"{"}"}
            aliases: ["\"><script>window.__pwned='alias'</script>"]
            sources: [test-source]
            ---

            ::: en
            {Payloads}
            :::

            ::: ar
            {Payloads}
            :::
            """);
        Write("kw/hostile-law.md", $"""
            ---
            id: kw/law/2020/1
            kind: law
            title: {"{"}en: "Law <script>window.__pwned='law'</script>"{"}"}
            sources: [test-source]
            ---

            ::: en
            Sets up [the body](org/hostile "establishes").
            :::

            ## Article 1 — Powers <img src=x onerror="window.__pwned='heading'"> {"{"}#art_1{"}"}

            ::: en
            {Payloads}
            :::
            """);
        _server = new LiveServer(_corpus);
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_corpus, recursive: true);
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/nodes/org/hostile?lang=en")]
    [InlineData("/nodes/org/hostile?lang=ar")]
    [InlineData("/instruments/kw/law/2020/1")]
    [InlineData("/search?q=script")]
    [InlineData("/trace?from=kw/law/2020/1%23art_1&lang=en")]
    [InlineData("/trace?from=kw/law/2020/1%23art_1&lang=ar")]
    [InlineData("/curriculum?topic=powers&audience=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")]
    [InlineData("/search?q=%22%3E%3Cscript%3Ewindow.__pwned%3D%27query%27%3C%2Fscript%3E")]
    public async Task NothingACorpusEntryCarriesRunsInThePage(string path)
    {
        var page = await _browser.NewPageAsync(_server.BaseUrl);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        var response = await page.GotoAsync(path);
        // Give anything that would run on load (onerror, onload) its chance to run.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserSession.ScreenshotAsync(page, "hostile" + Regex.Replace(path, "[^A-Za-z0-9]+", "-").TrimEnd('-'));

        Assert.Equal(200, response!.Status);
        Assert.Null(await page.EvaluateAsync<string?>("window.__pwned ?? null"));
        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("script, iframe, [onerror], [onload], [onclick], a[href^='javascript']").CountAsync());
    }

    [BrowserFact]
    public async Task AHostileTitleIsShownAsTextNotMarkup()
    {
        var page = await _browser.NewPageAsync(_server.BaseUrl);
        await page.GotoAsync("/search?q=hostile&lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "<script>window.__pwned='title'</script>Hostile body" }))
            .ToBeVisibleAsync();
    }

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_corpus, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
