using System.Text;

namespace BriefingBook.Generator.Markdown.Typography;

/// <summary>
/// French spacing of plain text: a narrow no-break space (U+202F) before <c>; : ! ? »</c> and after
/// <c>«</c>, replacing an ordinary space where the writer typed one, and a typographic apostrophe between
/// letters. URLs written in the text are left alone, as are <c>:</c> not followed by a space (<c>10:30</c>)
/// and <c>; ! ?</c> followed by a letter or digit (<c>a?b=1</c>). Applying it twice changes nothing.
/// </summary>
public static class FrenchTypography
{
    /// <summary>The narrow no-break space.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    private static readonly string[] UrlStarts = ["http://", "https://", "ftp://", "mailto:", "www."];

    /// <summary>Spaces a whole string.</summary>
    public static string Apply(string text) => Apply(text, '\0', '\0');

    /// <summary>
    /// Spaces a piece of text; <paramref name="before"/> and <paramref name="after"/> are the characters around it
    /// (<c>'\0'</c> for none, any letter for an inline such as a link or emphasis).
    /// </summary>
    public static string Apply(string text, char before, char after)
    {
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUrlStart(text, i))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                output?.Append(text, i, end - i);
                i = end - 1;
                continue;
            }

            var previous = output is { Length: > 0 } ? output[^1] : i > 0 ? text[i - 1] : before;
            var next = i + 1 < text.Length ? text[i + 1] : after;
            switch (c)
            {
                case ';' or '!' or '?' or ':' or '\u00BB' when NeedsSpaceBefore(c, previous, next):
                    output ??= new StringBuilder(text, 0, i, text.Length + 8);
                    if (i > 0 && previous is ' ' or '\u00A0')
                    {
                        output[^1] = NarrowNoBreakSpace;
                    }
                    else if (!char.IsWhiteSpace(previous) && previous != '\0')
                    {
                        output.Append(NarrowNoBreakSpace);
                    }

                    output.Append(c);
                    break;
                case '\u00AB' when next != NarrowNoBreakSpace && next != '\0' && (next is ' ' or '\u00A0' || !char.IsWhiteSpace(next)):
                    output ??= new StringBuilder(text, 0, i, text.Length + 8);
                    output.Append(c).Append(NarrowNoBreakSpace);
                    if (next is ' ' or '\u00A0' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    break;
                case '\'' when char.IsLetter(previous) && char.IsLetter(next):
                    output ??= new StringBuilder(text, 0, i, text.Length + 8);
                    output.Append('\u2019');
                    break;
                default:
                    output?.Append(c);
                    break;
            }
        }

        return output?.ToString() ?? text;
    }

    private static bool NeedsSpaceBefore(char c, char previous, char next)
    {
        if (previous == NarrowNoBreakSpace || previous == '\0' || (previous != ' ' && previous != '\u00A0' && char.IsWhiteSpace(previous)))
        {
            return false;
        }

        if (c == '\u00BB')
        {
            return previous != '\u00AB';
        }

        if (previous is ';' or '!' or '?' or ':')
        {
            return false;
        }

        return c == ':' ? next == '\0' || char.IsWhiteSpace(next) : !char.IsLetterOrDigit(next) && next is not '/' and not '=' and not '&';
    }

    private static bool IsUrlStart(string text, int index)
    {
        if (index > 0 && !char.IsWhiteSpace(text[index - 1]) && text[index - 1] is not '(' and not '<' and not '\u00AB')
        {
            return false;
        }

        foreach (var start in UrlStarts)
        {
            if (string.CompareOrdinal(text, index, start, 0, start.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
