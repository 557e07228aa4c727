using Microsoft.Playwright;

namespace Legal.Tests.Pages;

/// <summary>Follows every link on a site from one page, in a real browser, and records what did not work.</summary>
internal static class SiteCrawler
{
    /// <summary>
    /// Visits every same-origin page reachable from <paramref name="start"/>; returns each broken link (a status of 400 or
    /// more, or a #fragment with no element of that id on its page) with the page that links to it, and the pages visited.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Broken, int Visited)> CrawlAsync(IPage page, string origin, string start = "/")
    {
        var broken = new List<string>();
        var seen = new HashSet<string> { origin + start };
        var queue = new Queue<(string Url, string From)>([(origin + start, "(start)")]);
        var fragments = new List<(string Url, string Fragment, string From)>();
        var visited = 0;
        while (queue.TryDequeue(out var next))
        {
            var response = await page.GotoAsync(next.Url);
            visited++;
            if (response is null || response.Status >= 400)
            {
                broken.Add($"{next.Url} ({response?.Status}) linked from {next.From}");
                continue;
            }
            if (!(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html")) continue;
            var hrefs = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('a[href]')].map(a => a.href)");
            foreach (var href in hrefs.Where(h => h.StartsWith(origin + "/")))
            {
                var hash = href.IndexOf('#');
                var url = hash < 0 ? href : href[..hash];
                if (hash >= 0) fragments.Add((url, href[(hash + 1)..], page.Url));
                if (seen.Add(url)) queue.Enqueue((url, page.Url));
            }
        }
        foreach (var group in fragments.GroupBy(f => f.Url))
        {
            await page.GotoAsync(group.Key);
            foreach (var (url, fragment, from) in group.DistinctBy(f => f.Fragment))
            {
                if (!await page.EvaluateAsync<bool>("id => document.getElementById(decodeURIComponent(id)) !== null", fragment))
                {
                    broken.Add($"{url}#{fragment} (no such anchor) linked from {from}");
                }
            }
        }
        return (broken, visited);
    }
}
