namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>A theory that runs in Chromium; skipped, with the reason shown, on a machine without it.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserRequirements.MissingBrowser;
    }
}
