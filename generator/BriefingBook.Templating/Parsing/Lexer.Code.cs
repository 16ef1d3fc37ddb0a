namespace BriefingBook.Templating.Parsing;

/// <summary>The tokens of code: punctuation, operators, identifiers; literals are in <c>Lexer.Literals.cs</c>.</summary>
public sealed partial class Lexer
{
    private bool ReadCode()
    {
        if (_readInterpolationPart)
        {
            _readInterpolationPart = false;
            ReadInterpolationPart();
            return true;
        }

        var start = Position;
        switch (_c)
        {
            case '\n':
                NextChar();
                _token = new Token(TokenType.NewLine, start, start);
                SkipNewLineWhitespace();
                return true;
            case '\r':
                NextChar();
                if (_c == '\n')
                {
                    var newLineEnd = Position;
                    NextChar();
                    _token = new Token(TokenType.NewLine, start, newLineEnd);
                }
                else
                {
                    _token = new Token(TokenType.NewLine, start, start);
                }
                SkipNewLineWhitespace();
                return true;
            case ';': Single(TokenType.SemiColon); return true;
            case ':': Single(TokenType.Colon); return true;
            case '@': Single(TokenType.Arroba); return true;
            case ',': Single(TokenType.Comma); return true;
            case '(': Single(TokenType.OpenParen); return true;
            case ')': Single(TokenType.CloseParen); return true;
            case '[': Single(TokenType.OpenBracket); return true;
            case ']': Single(TokenType.CloseBracket); return true;
            case '^': Pair(start, TokenType.Caret, ('^', TokenType.DoubleCaret)); return true;
            case '*': Pair(start, TokenType.Asterisk, ('=', TokenType.AsteriskEqual)); return true;
            case '+': Pair(start, TokenType.Plus, ('+', TokenType.DoublePlus), ('=', TokenType.PlusEqual)); return true;
            case '-': Pair(start, TokenType.Minus, ('-', TokenType.DoubleMinus), ('=', TokenType.MinusEqual)); return true;
            case '%': Pair(start, TokenType.Percent, ('=', TokenType.PercentEqual)); return true;
            case '&': Pair(start, TokenType.Amp, ('&', TokenType.DoubleAmp)); return true;
            case '?': Pair(start, TokenType.Question, ('?', TokenType.DoubleQuestion), ('.', TokenType.QuestionDot), ('!', TokenType.QuestionExclamation)); return true;
            case '|': Pair(start, TokenType.VerticalBar, ('|', TokenType.DoubleVerticalBar), ('>', TokenType.PipeGreater)); return true;
            case '!': Pair(start, TokenType.Exclamation, ('=', TokenType.ExclamationEqual)); return true;
            case '=': Pair(start, TokenType.Equal, ('=', TokenType.DoubleEqual)); return true;
            case '<': Pair(start, TokenType.Less, ('=', TokenType.LessEqual), ('<', TokenType.DoubleLessThan)); return true;
            case '>': Pair(start, TokenType.Greater, ('=', TokenType.GreaterEqual), ('>', TokenType.DoubleGreaterThan)); return true;
            case '/':
                NextChar();
                if (_c == '/')
                {
                    var end = Position;
                    NextChar();
                    if (_c == '=')
                    {
                        end = Position;
                        NextChar();
                        _token = new Token(TokenType.DoubleDivideEqual, start, end);
                        return true;
                    }
                    _token = new Token(TokenType.DoubleDivide, start, end);
                    return true;
                }
                if (_c == '=')
                {
                    _token = new Token(TokenType.DivideEqual, start, Position);
                    NextChar();
                    return true;
                }
                _token = new Token(TokenType.Divide, start, start);
                return true;
            case '.':
                NextChar();
                if (_c == '.')
                {
                    var second = Position;
                    NextChar();
                    if (_c == '<')
                    {
                        _token = new Token(TokenType.DoubleDotLess, start, Position);
                        NextChar();
                        return true;
                    }
                    if (_c == '.')
                    {
                        _token = new Token(TokenType.TripleDot, start, Position);
                        NextChar();
                        return true;
                    }
                    _token = new Token(TokenType.DoubleDot, start, second);
                    return true;
                }
                _token = new Token(TokenType.Dot, start, start);
                return true;
            case '{':
                if (_interpolations.Count > 0)
                {
                    _interpolations.Peek().BraceDepth++;
                }
                else
                {
                    _openBraceCount++;
                }
                Single(TokenType.OpenBrace);
                return true;
            case '}':
                return ReadCloseBrace();
            case '#':
                ReadComment();
                return true;
            case '"':
            case '\'':
                ReadString();
                return true;
            case '`':
                ReadVerbatimString();
                return true;
            case '\0':
                _token = new Token(TokenType.Eof, start, start);
                return true;
        }

        if (_c == ' ' || _c == '\t' || char.IsWhiteSpace(_c))
        {
            while (_c != '\n' && _c != '\r' && char.IsWhiteSpace(_c))
            {
                NextChar();
            }
            return false;
        }
        if (_c == '$' && (PeekChar() == '"' || PeekChar() == '\'') && !_isLiquid)
        {
            ReadInterpolatedStringStart();
            return true;
        }
        if (IsFirstIdentifierLetter(_c) || (_c == '$' && !_isLiquid))
        {
            ReadIdentifier(_c == '$');
            return true;
        }
        if (char.IsDigit(_c))
        {
            ReadNumber();
            return true;
        }
        Single(TokenType.Invalid);
        return true;
    }

    private bool ReadCloseBrace()
    {
        var start = Position;
        if (_interpolations.Count > 0)
        {
            var frame = _interpolations.Peek();
            if (frame.BraceDepth > 0)
            {
                frame.BraceDepth--;
                Single(TokenType.CloseBrace);
                return true;
            }
            Single(TokenType.CloseInterpolatedBrace);
            _readInterpolationPart = true;
            return true;
        }
        if (_openBraceCount > 0)
        {
            _openBraceCount--;
            Single(TokenType.CloseBrace);
            return true;
        }
        if (Options.Mode != ScriptMode.ScriptOnly && IsCodeExit())
        {
            return false;
        }
        AddError("Unexpected } while no matching {", start, start);
        _token = new Token(TokenType.CloseBrace, start, start);
        NextChar();
        return true;
    }

    private void SkipNewLineWhitespace()
    {
        while (char.IsWhiteSpace(_c))
        {
            NextChar();
        }
    }

    private void Single(TokenType type)
    {
        _token = new Token(type, Position, Position);
        NextChar();
    }

    private void Pair(TextPosition start, TokenType single, params (char Next, TokenType Type)[] pairs)
    {
        NextChar();
        foreach (var (next, type) in pairs)
        {
            if (_c == next)
            {
                _token = new Token(type, start, Position);
                NextChar();
                return;
            }
        }
        _token = new Token(single, start, start);
    }

    private static bool IsFirstIdentifierLetter(char c) => c == '_' || char.IsLetter(c);

    private bool IsIdentifierLetter(char c) => IsFirstIdentifierLetter(c) || char.IsDigit(c) || (_isLiquid && c == '-');

    private void ReadIdentifier(bool special)
    {
        var start = Position;
        TextPosition before;
        var first = true;
        do
        {
            before = Position;
            NextChar();
            if (first && special && _c == '$')
            {
                _token = new Token(TokenType.IdentifierSpecial, start, Position);
                NextChar();
                return;
            }
            first = false;
        }
        while (IsIdentifierLetter(_c));

        _token = new Token(special ? TokenType.IdentifierSpecial : TokenType.Identifier, start, before);
    }

    private void ReadComment()
    {
        var start = Position;
        var end = start;
        NextChar();
        var isMulti = false;
        if (_c == '#')
        {
            isMulti = true;
            end = Position;
            NextChar();
            while (!IsCodeExit())
            {
                if (_c == '\0')
                {
                    break;
                }
                var maybeEnd = _c == '#';
                end = Position;
                NextChar();
                if (maybeEnd && _c == '#')
                {
                    end = Position;
                    NextChar();
                    break;
                }
            }
        }
        else
        {
            while (!IsCodeExit())
            {
                if (_c == '\0' || _c == '\r' || _c == '\n')
                {
                    break;
                }
                end = Position;
                NextChar();
            }
        }
        _token = new Token(isMulti ? TokenType.CommentMulti : TokenType.Comment, start, end);
    }
}
