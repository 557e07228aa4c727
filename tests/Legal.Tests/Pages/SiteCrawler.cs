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
        var queue = new Queue<(string Url, string From)>([(origin + start, "(start)")]);
        var seen = new HashSet<string> { origin + start };
        var anchors = new Dictionary<string, HashSet<string>>();
        var fragments = new List<(string Url, string Fragment, string From)>();
        while (queue.TryDequeue(out var next))
        {
            var response = await page.GotoAsync(next.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            if (response is null || response.Status >= 400)
            {
                broken.Add($"{next.Url} ({response?.Status}) linked from {next.From}");
                continue;
            }
            var found = await page.EvaluateAsync<Found>(
                "({ hrefs: [...document.querySelectorAll('a[href]')].map(a => a.href), ids: [...document.querySelectorAll('[id]')].map(e => e.id) })");
            anchors[next.Url] = [.. found.Ids];
            foreach (var href in found.Hrefs.Where(h => h.StartsWith(origin + "/")))
            {
                var hash = href.IndexOf('#');
                var url = hash < 0 ? href : href[..hash];
                if (hash >= 0) fragments.Add((url, Uri.UnescapeDataString(href[(hash + 1)..]), next.Url));
                if (seen.Add(url)) queue.Enqueue((url, next.Url));
            }
        }
        broken.AddRange(fragments
            .Where(f => anchors.TryGetValue(f.Url, out var ids) && !ids.Contains(f.Fragment))
            .Select(f => $"{f.Url}#{f.Fragment} (no such anchor) linked from {f.From}")
            .Distinct());
        return (broken, anchors.Count);
    }

    private sealed class Found
    {
        public string[] Hrefs { get; set; } = [];
        public string[] Ids { get; set; } = [];
    }
}
