using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// French typography: the space an editor types before <c>; ! ? »</c> and after <c>«</c> becomes a
/// narrow no-break space, and the one before <c>:</c> a no-break space, so no line starts with them.
/// Only text is touched: code, URLs and attributes are left as written.
/// </summary>
public static partial class FrenchSpacing
{
    public const char NarrowNoBreakSpace = '\u202F';
    public const char NoBreakSpace = '\u00A0';

    public static string Apply(string text)
    {
        text = BeforePunctuation().Replace(text, m => (m.Groups[1].Value == ":" ? NoBreakSpace : NarrowNoBreakSpace) + m.Groups[1].Value);
        return AfterOpeningQuote().Replace(text, "«" + NarrowNoBreakSpace);
    }

    /// <summary>Applies the rule to every text run of the document, including runs split across inlines.</summary>
    public static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.Parent is LinkInline { IsAutoLink: true })
            {
                continue;
            }
            var text = literal.Content.ToString();
            var fixedText = Apply(text);
            if (literal.NextSibling is LiteralInline next && next.Content.Length > 0 && ":;!?»".Contains(next.Content.CurrentChar)
                && fixedText.Length > 0 && fixedText[^1] is ' ' or NoBreakSpace)
            {
                fixedText = fixedText[..^1] + (next.Content.CurrentChar == ':' ? NoBreakSpace : NarrowNoBreakSpace);
            }
            if (!ReferenceEquals(text, fixedText) && text != fixedText)
            {
                literal.Content = new StringSlice(fixedText);
            }
        }
    }

    [GeneratedRegex("[ \u00A0\u202F]+([;:!?»])")]
    private static partial Regex BeforePunctuation();

    [GeneratedRegex("«[ \u00A0\u202F]+")]
    private static partial Regex AfterOpeningQuote();
}
