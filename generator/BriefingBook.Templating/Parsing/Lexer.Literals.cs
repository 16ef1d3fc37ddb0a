namespace BriefingBook.Templating.Parsing;

/// <summary>Number and string literals, including interpolated strings.</summary>
public sealed partial class Lexer
{
    private void ReadNumber()
    {
        var start = Position;
        var end = start;
        var isFloat = false;
        var isZero = _c == '0';
        NextChar();

        if (isZero && _c == 'x')
        {
            ReadHexa(start);
            return;
        }
        if (isZero && _c == 'b')
        {
            ReadBinary(start);
            return;
        }

        while (char.IsDigit(_c) || _c == '_')
        {
            end = Position;
            NextChar();
        }

        if (_c == '.')
        {
            var next = PeekChar();
            if (next != '.' && (IsNumberPostfix(next) || char.IsDigit(next) || !char.IsLetter(next) || next == 'e' || next == 'E'))
            {
                isFloat = true;
                end = Position;
                NextChar();
                while (char.IsDigit(_c))
                {
                    end = Position;
                    NextChar();
                }
            }
        }

        if (_c == 'e' || _c == 'E')
        {
            end = Position;
            NextChar();
            if (_c == '+' || _c == '-')
            {
                end = Position;
                NextChar();
            }
            if (!char.IsDigit(_c))
            {
                AddError("Expecting at least one digit after the exponent", Position, Position);
                return;
            }
            while (char.IsDigit(_c))
            {
                end = Position;
                NextChar();
            }
        }

        if (!IsIdentifierLetter(PeekChar()) && IsNumberPostfix(_c))
        {
            isFloat = true;
            end = Position;
            NextChar();
        }

        _token = new Token(isFloat ? TokenType.Float : TokenType.Integer, start, end);
    }

    private static bool IsNumberPostfix(char c) => c is 'f' or 'F' or 'd' or 'D' or 'm' or 'M';

    private static bool IsHexa(char c) => char.IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private void ReadHexa(TextPosition start)
    {
        var end = Position;
        NextChar();
        var hasDigit = false;
        while (true)
        {
            if (IsHexa(_c))
            {
                hasDigit = true;
            }
            else if (_c != '_')
            {
                break;
            }
            end = Position;
            NextChar();
        }
        if (!IsIdentifierLetter(PeekChar()) && (_c == 'u' || _c == 'U'))
        {
            end = Position;
            NextChar();
        }
        if (!hasDigit)
        {
            AddError("Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x", start, end);
            return;
        }
        _token = new Token(TokenType.HexaInteger, start, end);
    }

    private void ReadBinary(TextPosition start)
    {
        var end = Position;
        NextChar();
        var hasDigit = false;
        while (true)
        {
            if (_c == '0' || _c == '1')
            {
                hasDigit = true;
            }
            else if (_c != '_')
            {
                break;
            }
            end = Position;
            NextChar();
        }
        if (!IsIdentifierLetter(PeekChar()) && (_c == 'u' || _c == 'U'))
        {
            end = Position;
            NextChar();
        }
        if (!hasDigit)
        {
            AddError("Invalid binary number, expecting at least a binary digit 0 or 1 after 0b", start, end);
            return;
        }
        _token = new Token(TokenType.BinaryInteger, start, end);
    }

    private void ReadString()
    {
        var start = Position;
        var end = start;
        var quote = _c;
        NextChar();
        while (true)
        {
            if (_c == '\\')
            {
                end = Position;
                NextChar();
                if (!SkipEscape(ref end, allowBrace: false))
                {
                    return;
                }
            }
            else if (_c == '\0')
            {
                AddError($"Unexpected end of file while parsing a string not terminated by a {quote}", end, end);
                return;
            }
            else if (_c == quote)
            {
                end = Position;
                NextChar();
                break;
            }
            else
            {
                end = Position;
                NextChar();
            }
        }
        _token = new Token(TokenType.String, start, end);
    }

    /// <summary>Validates and skips the escape sequence after a backslash; false after an error.</summary>
    private bool SkipEscape(ref TextPosition end, bool allowBrace)
    {
        switch (_c)
        {
            case '\n':
            case '0':
            case '\'':
            case '"':
            case '\\':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
            case 'v':
                end = Position;
                NextChar();
                return true;
            case '{' when allowBrace:
                end = Position;
                NextChar();
                return true;
            case '\r':
                end = Position;
                NextChar();
                if (_c == '\n')
                {
                    end = Position;
                    NextChar();
                }
                return true;
            case 'u':
                return SkipHexDigits(ref end, 4, $"Unexpected hex number `{{0}}` following `\\u`. Expecting `\\u0000` to `\\uffff`.");
            case 'x':
                return SkipHexDigits(ref end, 2, "Unexpected hex number `{0}` following `\\x`. Expecting `\\x00` to `\\xff`");
        }
        AddError($"Unexpected escape character `{_c}` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed", Position, Position);
        return false;
    }

    private bool SkipHexDigits(ref TextPosition end, int count, string message)
    {
        end = Position;
        NextChar();
        for (var i = 0; i < count; i++)
        {
            if (!IsHexa(_c))
            {
                AddError(string.Format(message, _c), Position, Position);
                return false;
            }
            end = Position;
            NextChar();
        }
        return true;
    }

    private void ReadVerbatimString()
    {
        var start = Position;
        var end = start;
        NextChar();
        while (true)
        {
            if (_c == '\0')
            {
                AddError("Unexpected end of file while parsing a verbatim string not terminated by a `", end, end);
                return;
            }
            if (_c == '`')
            {
                end = Position;
                NextChar();
                if (_c != '`')
                {
                    break;
                }
                end = Position;
                NextChar();
            }
            else
            {
                end = Position;
                NextChar();
            }
        }
        _token = new Token(TokenType.VerbatimString, start, end);
    }

    private void ReadInterpolatedStringStart()
    {
        var start = Position;
        NextChar();
        var quote = _c;
        var end = Position;
        NextChar();
        if (ReadInterpolatedText(quote, ref end, out var isEnd))
        {
            if (isEnd)
            {
                _token = new Token(TokenType.InterpolatedString, start, end);
            }
            else
            {
                _token = new Token(TokenType.BeginInterpolatedString, start, end);
                _interpolations.Push(new InterpolationFrame(quote));
                _pending.Enqueue(new Token(TokenType.OpenInterpolatedBrace, Position, Position));
                NextChar();
            }
        }
    }

    private void ReadInterpolationPart()
    {
        var frame = _interpolations.Peek();
        var start = Position;
        var end = new TextPosition(start.Offset - 1, start.Line, start.Column - 1);
        if (!ReadInterpolatedText(frame.Quote, ref end, out var isEnd))
        {
            return;
        }
        if (isEnd)
        {
            _interpolations.Pop();
            _token = new Token(TokenType.EndingInterpolatedString, start, end);
            return;
        }
        _token = new Token(TokenType.ContinuationInterpolatedString, start, end);
        _pending.Enqueue(new Token(TokenType.OpenInterpolatedBrace, Position, Position));
        NextChar();
    }

    /// <summary>
    /// Reads interpolated text up to the closing quote (consumed, <paramref name="isEnd"/> true) or an
    /// opening brace (left in place); <paramref name="end"/> is the last character of the part.
    /// </summary>
    private bool ReadInterpolatedText(char quote, ref TextPosition end, out bool isEnd)
    {
        isEnd = false;
        while (true)
        {
            if (_c == '\\')
            {
                end = Position;
                NextChar();
                if (!SkipEscape(ref end, allowBrace: true))
                {
                    return false;
                }
            }
            else if (_c == '\0')
            {
                AddError($"Unexpected end of file while parsing a string not terminated by a {quote}", end, end);
                return false;
            }
            else if (_c == quote)
            {
                end = Position;
                NextChar();
                isEnd = true;
                return true;
            }
            else if (_c == '{')
            {
                return true;
            }
            else
            {
                end = Position;
                NextChar();
            }
        }
    }
}
