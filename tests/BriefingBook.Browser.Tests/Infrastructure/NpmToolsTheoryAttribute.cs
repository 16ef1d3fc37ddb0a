namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>
/// A theory that needs Chromium and the npm tools (axe-core); skipped, with the reason shown, when either is missing.
/// </summary>
public sealed class NpmToolsTheoryAttribute : TheoryAttribute
{
    public NpmToolsTheoryAttribute()
    {
        Skip = BrowserRequirements.MissingBrowser ?? BrowserRequirements.MissingNpmTools;
    }
}
