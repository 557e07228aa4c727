namespace Legal.Tests.Server.Pages;

/// <summary>A theory that needs Debian's Chromium; skipped, saying why, on a machine without it.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath)) Skip = BrowserFactAttribute.SkipReason;
    }
}
