using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Smart punctuation for the apostrophe (<c>l'OTAN</c>, <c>L'« OTAN</c>, <c>don't</c>, <c>the allies' doubts</c>),
/// which the quote pairing of smart punctuation leaves straight: a straight quote right after a letter is an
/// apostrophe (or a closing quote, the same sign), and so is one that opens a text run right after a link or
/// emphasis (<c>[NATO](...)'s</c>). Only text runs are touched, never code or URLs.
/// </summary>
public static partial class Apostrophes
{
    public static string Apply(string text) => text.Contains('\'') ? AfterLetter().Replace(text, "\u2019") : text;

    public static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            var fixedText = Apply(text);
            if (fixedText.Length > 0 && fixedText[0] == '\'' && (FollowsALetter(literal) || (StartsAWordEnding(literal, fixedText) && FollowsAWord(literal))))
            {
                fixedText = "\u2019" + fixedText[1..];
            }
            if (fixedText != text)
            {
                literal.Content = new StringSlice(fixedText);
            }
        }
    }

    /// <summary>Whether a letter follows the quote, in this text run or at the start of the next one.</summary>
    private static bool StartsAWordEnding(LiteralInline literal, string text) =>
        text.Length > 1 ? char.IsLetter(text[1])
            : literal.NextSibling is LiteralInline { Content.Length: > 0 } next && char.IsLetter(next.Content.CurrentChar);

    /// <summary>
    /// Whether the text run before this one ends in a letter: smart punctuation splits a plural's apostrophe
    /// (<c>the critics' mistake</c>) into a run of its own when it finds no opening quote to pair it with.
    /// </summary>
    private static bool FollowsALetter(LiteralInline literal) =>
        literal.PreviousSibling is LiteralInline { Content.Length: > 0 } previous && char.IsLetter(previous.Content.Text[previous.Content.End]);

    /// <summary>Whether the inline before this text run ends a word: a link, emphasis or text ending in a letter.</summary>
    private static bool FollowsAWord(LiteralInline literal) => literal.PreviousSibling switch
    {
        null => false,
        LiteralInline previous => previous.Content.Length > 0 && char.IsLetterOrDigit(previous.Content.Text[previous.Content.End]),
        CodeInline or LineBreakInline or HtmlInline => false,
        _ => true,
    };

    [GeneratedRegex(@"(?<=\p{L})'")]
    private static partial Regex AfterLetter();
}
