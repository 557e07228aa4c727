namespace Legal.Tests.Server.Pages;

/// <summary>A page-standards test: it needs Chromium and the npm checkers, and is skipped, saying which is missing, without them.</summary>
public sealed class PageChecksTheoryAttribute : TheoryAttribute
{
    public PageChecksTheoryAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath)) Skip = BrowserFactAttribute.SkipReason;
        else if (!PageChecks.IsInstalled) Skip = PageChecks.SkipReason;
    }
}
