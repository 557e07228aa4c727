using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Legal.Tests.Server.Hosting;

public sealed class LegalWebAppTests
{
    [Fact]
    public async Task TheDllStartedFromTheRepositoryRootServesItsStylesheetAndTheExplorer()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Legal.Server.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Fixtures.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Logging__LogLevel__Default"] = "Information";
        using var server = Process.Start(start)!;
        try
        {
            var url = await ListeningUrl(server);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var css = await client.GetAsync("/assets/site.css");
            Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
            using var explorer = new HttpRequestMessage(HttpMethod.Get, "/graphql");
            explorer.Headers.Accept.ParseAdd("text/html");
            var page = await (await client.SendAsync(explorer)).Content.ReadAsStringAsync();
            Assert.Contains("/vendor/graphiql/graphiql.min.js", page);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/vendor/graphiql/graphiql.min.js")).StatusCode);
        }
        finally
        {
            server.Kill();
        }
    }

    /// <summary>The address Kestrel logs once listening (port 0: the system's choice).</summary>
    private static async Task<string> ListeningUrl(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Regex.Match(line, @"Now listening on: (http://\S+)") is { Success: true } m) return m.Groups[1].Value;
        }
        throw new InvalidOperationException($"the server stopped: {await server.StandardError.ReadToEndAsync()}");
    }
}
