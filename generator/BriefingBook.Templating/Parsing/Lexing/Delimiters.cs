namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Recognises the delimiters of code blocks (<c>{{ }}</c>, and <c>{% %}</c> in Liquid) and of escape blocks
/// (<c>{%{ }%}</c>, <c>{%%{ }%%}</c>, ...), with their whitespace control: <c>-</c> trims all whitespace,
/// <c>~</c> (not in Liquid) trims spaces up to the line end.
/// </summary>
internal static class Delimiters
{
    public static bool TryMatchOpener(string text, int offset, bool isLiquid, out Delimiter opener)
    {
        opener = default;
        if (CharAt(text, offset) != '{')
        {
            return false;
        }
        var length = 1;
        if (!isLiquid)
        {
            while (CharAt(text, offset + length) == '%')
            {
                length++;
            }
        }
        var percents = length - 1;
        var second = CharAt(text, offset + length);
        TokenType type;
        LexerFrame opens;
        if (second == '{')
        {
            (type, opens) = percents > 0
                ? (TokenType.EscapeEnter, LexerFrame.Escape(percents))
                : (TokenType.CodeEnter, LexerFrame.Code('}'));
        }
        else if (isLiquid && second == '%')
        {
            (type, opens) = (TokenType.LiquidTagEnter, LexerFrame.Code('%'));
        }
        else
        {
            return false;
        }
        length++;
        var trim = TrimOf(CharAt(text, offset + length), isLiquid);
        opener = new Delimiter(type, trim is null ? length : length + 1, trim, opens);
        return true;
    }

    /// <summary>Whether the delimiter that closes <paramref name="frame"/> starts at <paramref name="offset"/>.</summary>
    public static bool TryMatchCloser(string text, int offset, LexerFrame frame, bool isLiquid, out Delimiter closer)
    {
        closer = default;
        if (!frame.IsClosable)
        {
            return false;
        }
        var trim = TrimOf(CharAt(text, offset), isLiquid);
        var length = trim is null ? 0 : 1;
        if (CharAt(text, offset + length) != frame.Mark)
        {
            return false;
        }
        length++;
        for (var i = 0; i < frame.Percents; i++, length++)
        {
            if (CharAt(text, offset + length) != '%')
            {
                return false;
            }
        }
        if (CharAt(text, offset + length) != '}')
        {
            return false;
        }
        var type = frame.Mode == LexerMode.Escape ? TokenType.EscapeExit
            : frame.Mark == '%' ? TokenType.LiquidTagExit
            : TokenType.CodeExit;
        closer = new Delimiter(type, length + 1, trim);
        return true;
    }

    /// <summary>Whether whitespace control <paramref name="trim"/> removes <paramref name="c"/> before an opener.</summary>
    public static bool Trims(TokenType trim, char c) =>
        char.IsWhiteSpace(c) && (trim == TokenType.WhitespaceFull || c is not ('\n' or '\r'));

    private static TokenType? TrimOf(char c, bool isLiquid) => c switch
    {
        '-' => TokenType.WhitespaceFull,
        '~' when !isLiquid => TokenType.Whitespace,
        _ => null,
    };

    private static char CharAt(string text, int offset) => offset < text.Length ? text[offset] : '\0';
}
