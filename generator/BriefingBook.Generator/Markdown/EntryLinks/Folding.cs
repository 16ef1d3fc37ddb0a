namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// How aliases and text are compared: letters in composed form, every apostrophe is <c>'</c>, every space
/// (no-break and line breaks included) is one space, the non-breaking hyphens are <c>-</c>; case is folded except
/// for exact aliases.
/// </summary>
internal static class Folding
{
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c is '\t' or '\n' or '\r' ? ' ' : c;
        }

        return char.ToUpperInvariant(Shape(c));
    }

    public static char Shape(char c)
    {
        if (c < 128)
        {
            return c is '\t' or '\n' or '\r' ? ' ' : c;
        }

        if (WordBoundaries.IsApostrophe(c) || c == '\u2018')
        {
            return '\'';
        }

        if (c is '\u2010' or '\u2011')
        {
            return '-';
        }

        return char.IsWhiteSpace(c) ? ' ' : c;
    }

    public static bool SameShape(ReadOnlySpan<char> text, string alias)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Shape(text[i]) != alias[i])
            {
                return false;
            }
        }

        return true;
    }

    public static string NormalizeAlias(string alias)
    {
        var joined = string.Join(' ', ComposedText.Compose(alias).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.Create(joined.Length, joined, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Shape(source[i]);
            }
        });
    }
}
