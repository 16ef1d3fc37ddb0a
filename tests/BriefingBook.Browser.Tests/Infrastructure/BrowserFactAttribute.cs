namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>A test that runs in Chromium; skipped, with the reason shown, on a machine without it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserRequirements.MissingBrowser;
    }
}
