using System.Text.RegularExpressions;
using BriefingBook.Generator.Markdown.Safety;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Cleans raw HTML that a book allows (<c>markdown.allow_html</c>): event handler attributes are
/// removed, links and sources with unsafe schemes are emptied, and script-running elements are escaped.
/// </summary>
public static partial class RawHtmlSanitizer
{
    public static string Clean(string html)
    {
        html = EventHandler().Replace(html, "");
        html = UrlAttribute().Replace(html, m => UrlSafety.IsUnsafe(m.Groups["value"].Value.Trim('"', '\'')) ? $"{m.Groups["name"].Value}=\"\"" : m.Value);
        return DangerousElement().Replace(html, m => m.Value.Replace("<", "&lt;", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<=<[^>]*?)[\s/]+on[a-z0-9_-]*\s*(=\s*(""[^""]*""|'[^']*'|[^\s>]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(?<name>\b(href|src|action|formaction|xlink:href|poster|background|srcdoc))\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"</?\s*(script|iframe|object|embed|style|base|meta|link|form)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousElement();
}
