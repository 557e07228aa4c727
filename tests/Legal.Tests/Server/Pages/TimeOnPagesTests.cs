using Legal.Tests.Server;

namespace Legal.Tests.Server.Pages;

/// <summary>What the pages of the shipped corpus say about time, through the HTTP pipeline (no browser needed).</summary>
public sealed class TimeOnPagesTests : IDisposable
{
    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task TheHomePageMarksTheRepealedLawOf2002()
    {
        var html = await _api.CreateClient().GetStringAsync("/?lang=en");
        var row = html[html.IndexOf("/instruments/kw/law/2002/35", StringComparison.Ordinal)..];
        Assert.Contains("<span class=\"status repealed\">Repealed</span>", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Law106ReadOnADayBeforeItExistedSaysSoAndWhy()
    {
        var html = await _api.CreateClient().GetStringAsync("/instruments/kw/law/2013/106?lang=en&asOf=2000-01-01");
        Assert.Contains("This instrument was not in force on that day. Not yet in force: it takes effect not before 2013-05-08", html);
        Assert.Contains("Not in force on 2000-01-01: its instrument was not yet in force", html);
    }

    [Fact]
    public async Task Law106SaysUpToWhenItsAmendmentsAreKnownAndThatALaterTextMayNotBeCurrent()
    {
        var html = await _api.CreateClient().GetStringAsync("/instruments/kw/law/2013/106?lang=en&asOf=2026-06-01");
        Assert.Contains("known up to</dt><dd><time datetime=\"2025-09-20\">", html);
        Assert.Contains("The text may not be current on 2026-06-01", html);
    }
}
