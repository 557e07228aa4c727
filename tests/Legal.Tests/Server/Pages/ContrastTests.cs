namespace Legal.Tests.Server.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ContrastTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    /// <summary>
    /// WCAG's contrast ratio of each visible element's own text against the nearest opaque background behind it;
    /// lists those under 4.5:1 (AA for body text).
    /// </summary>
    private const string LowContrast = """
        () => {
          const rgba = c => c.match(/[\d.]+/g).map(Number);
          const channel = v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          const background = e => {
            for (; e; e = e.parentElement) {
              const c = rgba(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          return [...document.body.querySelectorAll('*')]
            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length > 0)
            .map(e => {
              const [fg, bg] = [luminance(rgba(getComputedStyle(e).color)), luminance(background(e))];
              return { e, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
            })
            .filter(x => x.ratio < 4.5)
            .map(x => `${x.e.tagName} "${x.e.textContent.trim().slice(0, 40)}" ${x.ratio.toFixed(2)}:1`);
        }
        """;

    [BrowserTheory]
    [InlineData("/?lang=en")]
    [InlineData("/instruments/kw/law/2013/106?lang=ar")]
    [InlineData("/search?q=unit&lang=en")]
    [InlineData("/trace?from=obligation/kw/report&lang=en")]
    [InlineData("/nodes/org/nothing")]
    public async Task TextIsReadableAgainstItsBackground(string path)
    {
        var page = await browser.NewPageAsync(site.Server.BaseUrl);
        await page.GotoAsync(path);
        Assert.Empty(await page.EvaluateAsync<string[]>(LowContrast));
    }
}
