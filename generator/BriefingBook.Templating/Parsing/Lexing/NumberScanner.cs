namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads numbers: decimal integers with <c>_</c> separators, an optional fraction and exponent, and a type
/// suffix (<c>f</c>, <c>d</c>, <c>m</c>) that makes a float; hexadecimal <c>0x</c> and binary <c>0b</c> integers
/// with an optional unsigned suffix <c>u</c>.
/// </summary>
internal static class NumberScanner
{
    public static void Scan(LexingContext context)
    {
        ref var reader = ref context.Reader;
        var start = reader.Position;
        var first = reader.Current;
        var last = reader.Take();
        if (first == '0' && reader.Current == 'x')
        {
            ScanPrefixed(context, start, TokenType.HexaInteger, char.IsAsciiHexDigit,
                "Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x");
            return;
        }
        if (first == '0' && reader.Current == 'b')
        {
            ScanPrefixed(context, start, TokenType.BinaryInteger, static c => c is '0' or '1',
                "Invalid binary number, expecting at least a binary digit 0 or 1 after 0b");
            return;
        }

        while (char.IsDigit(reader.Current) || reader.Current == '_')
        {
            last = reader.Take();
        }
        var isFloat = false;
        if (reader.Current == '.' && StartsFraction(reader.Peek()))
        {
            isFloat = true;
            last = reader.Take();
            while (char.IsDigit(reader.Current))
            {
                last = reader.Take();
            }
        }
        if (reader.Current is 'e' or 'E')
        {
            last = reader.Take();
            if (reader.Current is '+' or '-')
            {
                last = reader.Take();
            }
            if (!char.IsDigit(reader.Current))
            {
                var position = reader.Position;
                context.Fail("Expecting at least one digit after the exponent", position, position);
                return;
            }
            while (char.IsDigit(reader.Current))
            {
                last = reader.Take();
            }
        }
        if (reader.Current is 'f' or 'F' or 'd' or 'D' or 'm' or 'M' && !IdentifierScanner.IsPart(reader.Peek(), context.IsLiquid))
        {
            isFloat = true;
            last = reader.Take();
        }
        context.Emit(isFloat ? TokenType.Float : TokenType.Integer, start, last);
    }

    /// <summary>
    /// Whether a dot followed by <paramref name="next"/> starts a fraction: not a range (<c>1..5</c>) and not a
    /// member (<c>1.foo</c>); a suffix or an exponent may follow the dot directly (<c>1.f</c>, <c>1.e3</c>).
    /// </summary>
    private static bool StartsFraction(char next) =>
        next != '.' && (!char.IsLetter(next) || next is 'e' or 'E' or 'f' or 'F' or 'd' or 'D' or 'm' or 'M');

    private static void ScanPrefixed(LexingContext context, TextPosition start, TokenType type, Func<char, bool> isDigit, string error)
    {
        ref var reader = ref context.Reader;
        var last = reader.Take();
        var hasDigit = false;
        while (isDigit(reader.Current) || reader.Current == '_')
        {
            hasDigit |= reader.Current != '_';
            last = reader.Take();
        }
        if (reader.Current is 'u' or 'U' && !IdentifierScanner.IsPart(reader.Peek(), context.IsLiquid))
        {
            last = reader.Take();
        }
        if (hasDigit)
        {
            context.Emit(type, start, last);
        }
        else
        {
            context.Fail(error, start, last);
        }
    }
}
