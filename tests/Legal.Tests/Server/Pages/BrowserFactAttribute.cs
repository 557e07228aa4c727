namespace Legal.Tests.Server.Pages;

/// <summary>A test that needs Debian's Chromium; it is skipped, saying why, on a machine without it (CI installs it).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath)) Skip = SkipReason;
    }

    public static string SkipReason => $"no Chromium at {BrowserSession.ChromiumPath}: run .ci/setup.d/chromium.sh (apt-get install chromium)";
}
