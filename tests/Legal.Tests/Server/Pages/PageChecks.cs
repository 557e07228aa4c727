using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Legal.Tests.Server.Pages;

/// <summary>
/// The two outside judges of the pages: axe-core, run inside Chromium on the rendered page, and html-validate's
/// recommended preset, run by Node over the HTML the server sent. Both are npm packages installed in tests/page-checks
/// by .ci/setup.d/page-checks.sh.
/// </summary>
internal static class PageChecks
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot(), "tests", "page-checks");

    private static string AxeScript => Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");

    public static bool IsInstalled => File.Exists(AxeScript) && Directory.Exists(Path.Combine(Folder, "node_modules", "html-validate"));

    public static string SkipReason => "axe-core and html-validate are not installed in tests/page-checks: run .ci/setup.d/page-checks.sh (needs Node and npm)";

    /// <summary>
    /// Every axe violation on the page at any impact, as "rule (impact): target". The pages' CSP allows no inline
    /// script, so this page's context is opened with CSP bypassed, for the axe run only.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))");
        return json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}")
            .ToList();
    }

    /// <summary>html-validate's errors over each named document, as "name:line:col: rule: message".</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<(string Name, string Html)> pages)
    {
        var input = new JsonArray(pages.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["html"] = p.Html }).ToArray());
        var (exit, stdout, stderr) = NodeScript.Run(Folder, "validate.mjs", input);
        if (exit != 0) throw new InvalidOperationException($"html-validate failed: {stderr}");
        return JsonNode.Parse(stdout)!.AsArray()
            .Select(e => $"{e!["name"]}:{e["line"]}:{e["column"]}: {e["rule"]}: {e["message"]}")
            .ToList();
    }
}
