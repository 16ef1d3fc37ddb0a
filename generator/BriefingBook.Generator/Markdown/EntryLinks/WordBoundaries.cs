using System.Globalization;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Decides where a mention may start and end: Unicode letters, digits and combining marks make words; an
/// apostrophe between letters joins them, except after a French elided article (<c>l'</c>, <c>qu'</c>...) and
/// before an English possessive (<c>'s</c>).
/// </summary>
public static class WordBoundaries
{
    private static readonly string[] ElidedArticles = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

    /// <summary>Whether a character belongs to a word.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Whether a character is an apostrophe (straight, typographic or modifier letter).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Whether a word may start at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var previous = text[index - 1];
        if (IsWordChar(previous))
        {
            return false;
        }

        if (!IsApostrophe(previous) || index < 2 || !char.IsLetter(text[index - 2]))
        {
            return true;
        }

        return EndsWithElidedArticle(text[..(index - 1)]);
    }

    /// <summary>Whether a word may end just before <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool IsWordEnd(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return true;
        }

        var next = text[index];
        if (IsWordChar(next))
        {
            return false;
        }

        if (!IsApostrophe(next) || index + 1 >= text.Length || !char.IsLetter(text[index + 1]))
        {
            return true;
        }

        var possessive = text[index + 1] is 's' or 'S' && (index + 2 >= text.Length || !IsWordChar(text[index + 2]));
        return possessive;
    }

    private static bool EndsWithElidedArticle(ReadOnlySpan<char> before)
    {
        foreach (var article in ElidedArticles)
        {
            if (before.Length < article.Length)
            {
                continue;
            }

            var start = before.Length - article.Length;
            if (before[start..].Equals(article, StringComparison.OrdinalIgnoreCase) && (start == 0 || !IsWordChar(before[start - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
