using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Lets editors write <c>## Title {#id .class}</c>: the Markdig version in use reads only
/// <c>name=value</c> attributes, so the <c>#id</c> and <c>.class</c> shorthands of ATX headings are
/// rewritten to <c>id="..."</c> and <c>class="..."</c> before parsing. Lines keep their numbers;
/// fenced code is left alone.
/// </summary>
public static partial class HeadingAttributeRewriter
{
    public static string Rewrite(string markdown)
    {
        if (!markdown.Contains('{'))
        {
            return markdown;
        }
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }
            var match = Heading().Match(line);
            if (match.Success)
            {
                lines[i] = match.Groups["head"].Value + "{" + Attributes(match.Groups["attrs"].Value) + "}";
            }
        }
        return string.Join('\n', lines);
    }

    private static string Attributes(string text)
    {
        var parts = new List<string>();
        var classes = new List<string>();
        foreach (Match token in Token().Matches(text))
        {
            var value = token.Value;
            if (value.StartsWith('#') && value.Length > 1)
            {
                parts.Add($"id=\"{value[1..]}\"");
            }
            else if (value.StartsWith('.') && value.Length > 1)
            {
                classes.Add(value[1..]);
            }
            else
            {
                parts.Add(value);
            }
        }
        if (classes.Count > 0)
        {
            parts.Add($"class=\"{string.Join(' ', classes)}\"");
        }
        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"^(?<head> {0,3}#{1,6}[ \t]+.*?[ \t]*)\{(?<attrs>[^{}]*)\}[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\s=""']+=(""[^""]*""|'[^']*'|[^\s""']+)|[^\s]+")]
    private static partial Regex Token();
}
