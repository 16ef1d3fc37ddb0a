namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>A test that needs node and the npm tools (html-validate); skipped, with the reason shown, when they are missing.</summary>
public sealed class NpmToolsFactAttribute : FactAttribute
{
    public NpmToolsFactAttribute()
    {
        Skip = BrowserRequirements.MissingNpmTools;
    }
}
