namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads Liquid's <c>{% comment %}...{% endcomment %}</c> as a comment in a code block, and
/// <c>{% raw %}...{% endraw %}</c> as an escape block: their content is never lexed as code.
/// </summary>
internal static class LiquidBlockScanner
{
    /// <summary>
    /// Reads the block whose opening tag starts with the <c>{%</c> just read (from <paramref name="openStart"/> to
    /// <paramref name="openEnd"/>); false, with nothing read, when the tag is neither <c>comment</c> nor <c>raw</c>.
    /// </summary>
    public static bool TryScan(LexingContext context, TextPosition openStart, TextPosition openEnd)
    {
        ref var reader = ref context.Reader;
        var isComment = TryMatchTag(reader, "comment", 0, isEndTag: false, out var length);
        if (!isComment && !TryMatchTag(reader, "raw", 0, isEndTag: false, out length))
        {
            return false;
        }
        reader.Advance(length);
        var contentStart = reader.Position;
        var endTag = isComment ? "endcomment" : "endraw";
        while (!reader.AtEnd)
        {
            if (reader.Current == '{' && reader.Peek() == '%')
            {
                var distance = reader.Peek(2) == '-' ? 3 : 2;
                if (TryMatchTag(reader, endTag, distance, isEndTag: true, out var closeLength))
                {
                    var contentEnd = reader.JustBefore;
                    var closeStart = reader.Position;
                    reader.Advance(distance + closeLength - 1);
                    var closeEnd = reader.Take();
                    context.Emit(isComment ? TokenType.CodeEnter : TokenType.EscapeEnter, openStart, openEnd);
                    context.Emit(isComment ? TokenType.CommentMulti : TokenType.Escape, contentStart, contentEnd);
                    context.Emit(isComment ? TokenType.CodeExit : TokenType.EscapeExit, closeStart, closeEnd);
                    return true;
                }
            }
            reader.Advance();
        }

        // Without its end tag the block takes the rest of the text, and stays an open tag for the parser to report.
        context.Emit(TokenType.LiquidTagEnter, openStart, openEnd);
        context.Push(LexerFrame.Code('%'));
        return true;
    }

    /// <summary>
    /// Whether <c>name %}</c>, with spaces around the name (and in an end tag a <c>-</c> before <c>%}</c>), is
    /// found <paramref name="distance"/> characters ahead; <paramref name="length"/> then counts through the <c>}</c>.
    /// </summary>
    private static bool TryMatchTag(in CharReader reader, string name, int distance, bool isEndTag, out int length)
    {
        length = 0;
        var at = SkipSpaces(reader, distance);
        if (!reader.LookingAt(name, at))
        {
            return false;
        }
        at = SkipSpaces(reader, at + name.Length);
        if (isEndTag && reader.Peek(at) == '-')
        {
            at++;
        }
        if (!reader.LookingAt("%}", at))
        {
            return false;
        }
        length = at + 2 - distance;
        return true;
    }

    private static int SkipSpaces(in CharReader reader, int distance)
    {
        while (reader.Peek(distance) is ' ' or '\t')
        {
            distance++;
        }
        return distance;
    }
}
