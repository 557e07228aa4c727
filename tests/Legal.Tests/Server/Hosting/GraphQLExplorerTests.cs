using System.Net;
using System.Text.RegularExpressions;
using Legal.Tests.Server.Pages;
using Microsoft.Playwright;

namespace Legal.Tests.Server.Hosting;

[Collection(BrowserCollection.Name)]
public sealed class GraphQLExplorerTests(BrowserSession browser, FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly LiveServer _server = site.Server;

    [BrowserFact]
    public async Task OpeningGraphQLInABrowserShowsAnExplorerThatRunsAQueryWithoutLeavingLocalhost()
    {
        var page = await browser.NewPageAsync(_server.BaseUrl);
        var requested = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => problems.Add(error);

        await page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("/graphql");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"id\": \"kw/law/2013/106#art_2\"");
        await BrowserSession.ScreenshotAsync(page, "graphql-explorer");

        Assert.All(requested, url => Assert.StartsWith(_server.BaseUrl + "/", url));
        Assert.Contains(requested, url => url.EndsWith("/vendor/graphiql/graphiql.min.js"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
    }

    [Fact]
    public async Task TheExplorerIsServedToBrowsersFromLocalFilesAndApiClientsStillGetJson()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/vendor/graphiql/graphiql.min.js\"></script>", html);
        Assert.All(Regex.Matches(html, "(?:src|href)=\"([^\"]*)\"").Select(m => m.Groups[1].Value),
            url => Assert.Matches("^/[^/]", url));
        Assert.Contains("script-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        using var script = await client.GetAsync("/vendor/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);

        using var api = await client.GetAsync("/graphql");
        Assert.Equal("application/json", api.Content.Headers.ContentType!.MediaType);
    }
}
