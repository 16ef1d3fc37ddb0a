using System.Globalization;

namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads string literals: quoted <c>"..."</c> and <c>'...'</c> with backslash escapes, verbatim <c>`...`</c>
/// where a doubled backtick stands for one, and the text parts of interpolated strings.
/// </summary>
internal static class StringScanner
{
    public static void ScanQuoted(LexingContext context)
    {
        var start = context.Reader.Position;
        var quote = context.Reader.Current;
        var last = context.Reader.Take();
        if (ScanBody(context, quote, allowHoles: false, ref last) == StringBodyEnd.Quote)
        {
            context.Emit(TokenType.String, start, last);
        }
    }

    public static void ScanVerbatim(LexingContext context)
    {
        ref var reader = ref context.Reader;
        var start = reader.Position;
        var last = reader.Take();
        while (true)
        {
            if (reader.AtEnd)
            {
                context.Fail("Unexpected end of file while parsing a verbatim string not terminated by a `", last, last);
                return;
            }
            var isBacktick = reader.Current == '`';
            last = reader.Take();
            if (!isBacktick)
            {
                continue;
            }
            if (reader.Current != '`')
            {
                break;
            }
            last = reader.Take();
        }
        context.Emit(TokenType.VerbatimString, start, last);
    }

    /// <summary>
    /// Reads string text up to the closing <paramref name="quote"/> (or a hole when <paramref name="allowHoles"/>);
    /// <paramref name="last"/> follows the last character read.
    /// </summary>
    public static StringBodyEnd ScanBody(LexingContext context, char quote, bool allowHoles, ref TextPosition last)
    {
        ref var reader = ref context.Reader;
        while (true)
        {
            if (reader.AtEnd)
            {
                context.Fail($"Unexpected end of file while parsing a string not terminated by a {quote}", last, last);
                return StringBodyEnd.Failed;
            }
            var c = reader.Current;
            if (c == '{' && allowHoles)
            {
                return StringBodyEnd.Hole;
            }
            last = reader.Take();
            if (c == quote)
            {
                return StringBodyEnd.Quote;
            }
            if (c == '\\' && !TryScanEscape(context, allowHoles, ref last))
            {
                return StringBodyEnd.Failed;
            }
        }
    }

    /// <summary>Checks and reads the escape sequence after a backslash (<c>\{</c> only where holes are allowed).</summary>
    private static bool TryScanEscape(LexingContext context, bool allowBrace, ref TextPosition last)
    {
        ref var reader = ref context.Reader;
        switch (reader.Current)
        {
            case '\n' or '0' or '\'' or '"' or '\\' or 'b' or 'f' or 'n' or 'r' or 't' or 'v':
            case '{' when allowBrace:
                last = reader.Take();
                return true;
            case '\r':
                last = reader.Take();
                if (reader.Current == '\n')
                {
                    last = reader.Take();
                }
                return true;
            case 'u':
                return TryScanHexDigits(context, 4, "Unexpected hex number `{0}` following `\\u`. Expecting `\\u0000` to `\\uffff`.", ref last);
            case 'x':
                return TryScanHexDigits(context, 2, "Unexpected hex number `{0}` following `\\x`. Expecting `\\x00` to `\\xff`", ref last);
        }
        var position = reader.Position;
        context.Fail(
            $"Unexpected escape character `{reader.Current}` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed",
            position, position);
        return false;
    }

    private static bool TryScanHexDigits(LexingContext context, int count, string error, ref TextPosition last)
    {
        ref var reader = ref context.Reader;
        last = reader.Take();
        for (var i = 0; i < count; i++)
        {
            if (!char.IsAsciiHexDigit(reader.Current))
            {
                var position = reader.Position;
                context.Fail(string.Format(CultureInfo.InvariantCulture, error, reader.Current), position, position);
                return false;
            }
            last = reader.Take();
        }
        return true;
    }
}
