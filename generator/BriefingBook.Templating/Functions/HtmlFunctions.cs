using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The <c>html</c> namespace: escaping, tag stripping and url encoding.</summary>
public sealed partial class HtmlFunctions : ScriptObject
{
    public HtmlFunctions()
    {
        Import(typeof(HtmlFunctions), "html");
    }

    public static string? Escape(string? text) => text is null ? null : WebUtility.HtmlEncode(text);

    /// <summary>Puts a <c>&lt;br /&gt;</c> before each line break.</summary>
    public static string? NewlineToBr(string? text) =>
        text is null ? null : LineBreak().Replace(text, match => "<br />" + match.Value);

    /// <summary>Removes tags, comments, scripts and styles, keeping the text around them.</summary>
    public static string Strip(TemplateContext context, string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Markup().Replace(text, string.Empty);

    /// <summary>Percent-encodes every character that is not unreserved in a url (<c>@</c> becomes <c>%40</c>).</summary>
    public static string? UrlEncode(string? text) => text is null ? null : Uri.EscapeDataString(text);

    /// <summary>Percent-encodes the characters a url cannot hold, keeping its structure (<c>/ ? &amp; # =</c>).</summary>
    public static string? UrlEscape(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && KeepsInUrl((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }
        return builder.ToString();
    }

    private static bool KeepsInUrl(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-_.~!*'();:@&=+$,/?#[]".Contains(c);

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|=""[^""]*""|=[^'""][^\s>]*)*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
