using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

/// <summary>Follows every link on a site from one page, inside a real browser, and records what did not work.</summary>
internal static class SiteCrawler
{
    /// <summary>
    /// From the page the browser is on, fetches every same-origin page reachable by links (in HTML and in inline SVG),
    /// eight at a time, with the browser's own cookies, and parses each with the browser's HTML parser (inert: nothing in
    /// it runs). Navigating to a thousand pages one by one would take minutes; the tests that click links navigate for real.
    /// Returns each broken link (a status of 400 or more, or a #fragment with no element of that id on its page) with the
    /// page that links to it, and how many pages were visited.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Broken, int Visited)> CrawlAsync(IPage page)
    {
        var result = await page.EvaluateAsync<Result>(Script, page.Url);
        return (result.Broken, result.Visited);
    }

    private const string Script = """
        async start => {
          const seen = new Set([start]), queue = [[start, '(start)']], anchors = new Map(), fragments = [], broken = [];
          while (queue.length > 0) {
            await Promise.all(queue.splice(0, 8).map(async ([url, from]) => {
              const response = await fetch(url, { headers: { accept: 'text/html' } });
              if (!response.ok) { broken.push(`${url} (${response.status}) linked from ${from}`); return; }
              const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
              anchors.set(url, new Set([...doc.querySelectorAll('[id]')].map(e => e.id)));
              for (const a of doc.querySelectorAll('a[href]')) {
                const href = new URL(a.getAttribute('href'), url);
                if (href.origin !== location.origin) continue;
                const fragment = decodeURIComponent(href.hash.slice(1));
                href.hash = '';
                if (fragment) fragments.push([href.href, fragment, url]);
                if (!seen.has(href.href)) { seen.add(href.href); queue.push([href.href, url]); }
              }
            }));
          }
          for (const [url, fragment, from] of fragments) {
            if (anchors.has(url) && !anchors.get(url).has(fragment)) broken.push(`${url}#${fragment} (no such anchor) linked from ${from}`);
          }
          return { broken: [...new Set(broken)], visited: anchors.size };
        }
        """;

    private sealed class Result
    {
        public string[] Broken { get; set; } = [];
        public int Visited { get; set; }
    }
}
