using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Smart punctuation for the apostrophe inside a word (<c>l'OTAN</c>, <c>don't</c>), which the quote
/// pairing of smart punctuation leaves straight. Only text runs are touched, never code or URLs.
/// </summary>
public static partial class Apostrophes
{
    public static string Apply(string text) => text.Contains('\'') ? InsideWord().Replace(text, "\u2019") : text;

    public static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            var fixedText = Apply(text);
            if (fixedText != text)
            {
                literal.Content = new StringSlice(fixedText);
            }
        }
    }

    [GeneratedRegex(@"(?<=\p{L})'(?=\p{L})")]
    private static partial Regex InsideWord();
}
