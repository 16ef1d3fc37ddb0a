using BriefingBook.Generator.Markdown.Safety;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>Which URLs the annotation layer refuses to write.</summary>
public sealed class UrlSafetyTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html;base64,AAAA")]
    public void Refuses_scripts_and_data(string url)
    {
        Assert.True(UrlSafety.IsUnsafe(url));
    }

    [Theory]
    [InlineData("https://example.org/javascript:x")]
    [InlineData("../glossary/otan.html")]
    [InlineData("#javascript:")]
    [InlineData("mailto:a@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void Accepts_ordinary_links(string? url)
    {
        Assert.False(UrlSafety.IsUnsafe(url));
    }
}
