namespace BriefingBook.Templating.Parsing;

/// <summary>Raw text, code enter/exit and escape blocks, with whitespace control.</summary>
public sealed partial class Lexer
{
    private bool IsCodeEnterOrEscape(out TokenType whitespaceMode)
    {
        whitespaceMode = TokenType.Invalid;
        if (_c != '{')
        {
            return false;
        }
        var i = 1;
        var next = PeekChar(i);
        if (!_isLiquid)
        {
            while (next == EscapeMarker)
            {
                i++;
                next = PeekChar(i);
            }
        }
        if (next == '{' || (_isLiquid && next == '%'))
        {
            var marker = PeekChar(i + 1);
            if (marker == StripFull)
            {
                whitespaceMode = TokenType.WhitespaceFull;
            }
            else if (!_isLiquid && marker == StripLine)
            {
                whitespaceMode = TokenType.Whitespace;
            }
            return true;
        }
        return false;
    }

    private void ReadCodeEnterOrEscape()
    {
        var start = Position;
        NextChar();
        if (!_isLiquid)
        {
            while (_c == EscapeMarker)
            {
                _escapeCount++;
                NextChar();
            }
        }
        var end = Position;
        if (_isLiquid && _c == '%')
        {
            _isLiquidTagBlock = true;
        }
        NextChar();
        if (_c == StripFull || (!_isLiquid && _c == StripLine))
        {
            end = Position;
            NextChar();
        }

        if (_escapeCount > 0)
        {
            _blockType = BlockType.Escape;
            _token = new Token(TokenType.EscapeEnter, start, end);
            return;
        }
        if (_isLiquidTagBlock && TryReadLiquidCommentOrRaw(start, end))
        {
            return;
        }
        _blockType = BlockType.Code;
        _token = new Token(_isLiquidTagBlock ? TokenType.LiquidTagEnter : TokenType.CodeEnter, start, end);
    }

    private bool IsCodeExit()
    {
        if (_openBraceCount > 0 || (_blockType == BlockType.Code && _interpolations.Count > 0))
        {
            return false;
        }
        var start = 0;
        if (_c == StripFull || (!_isLiquid && _c == StripLine))
        {
            start = 1;
        }
        if (PeekChar(start) != (_isLiquidTagBlock ? '%' : '}'))
        {
            return false;
        }
        start++;
        if (!_isLiquid)
        {
            for (var i = 0; i < _escapeCount; i++)
            {
                if (PeekChar(i + start) != EscapeMarker)
                {
                    return false;
                }
            }
        }
        return PeekChar(_escapeCount + start) == '}';
    }

    private void ReadCodeExitOrEscape()
    {
        var start = Position;
        var whitespaceMode = TokenType.Invalid;
        if (_c == StripFull)
        {
            whitespaceMode = TokenType.WhitespaceFull;
            NextChar();
        }
        else if (!_isLiquid && _c == StripLine)
        {
            whitespaceMode = TokenType.Whitespace;
            NextChar();
        }
        NextChar();
        if (!_isLiquid)
        {
            for (var i = 0; i < _escapeCount; i++)
            {
                NextChar();
            }
        }
        var end = Position;
        NextChar();

        if (_escapeCount > 0)
        {
            _pending.Enqueue(new Token(TokenType.EscapeExit, start, end));
            _escapeCount = 0;
        }
        else
        {
            _token = new Token(_isLiquidTagBlock ? TokenType.LiquidTagExit : TokenType.CodeExit, start, end);
        }

        if (whitespaceMode != TokenType.Invalid)
        {
            var spaceStart = Position;
            var spaceEnd = spaceStart;
            var lineOnly = whitespaceMode == TokenType.Whitespace;
            if (ConsumeWhitespace(lineOnly, ref spaceEnd, lineOnly))
            {
                _pending.Enqueue(new Token(whitespaceMode, spaceStart, spaceEnd));
            }
        }

        _isLiquidTagBlock = false;
        _blockType = BlockType.Raw;
    }

    private bool ReadRaw()
    {
        var start = Position;
        var end = new TextPosition(-1, 0, 0);
        var whitespaceMode = TokenType.Invalid;
        var reachedDelimiter = false;

        var beforeSpaceFull = -1;
        TextPosition beforeSpaceFullPosition = default;
        TextPosition lastSpaceFull = default;
        var hasSpaceFull = false;
        TextPosition beforeSpaceLinePosition = default;
        TextPosition lastSpaceLine = default;
        var hasSpaceLine = false;
        var beforeSpaceLine = -1;

        while (_c != '\0')
        {
            if ((_blockType == BlockType.Raw && IsCodeEnterOrEscape(out whitespaceMode)) || (_blockType == BlockType.Escape && IsCodeExit()))
            {
                reachedDelimiter = true;
                break;
            }

            if (char.IsWhiteSpace(_c))
            {
                if (!hasSpaceFull)
                {
                    hasSpaceFull = true;
                    lastSpaceFull = Position;
                    beforeSpaceFull = end.Offset;
                    beforeSpaceFullPosition = end;
                }
                if (!(_c == '\n' || (_c == '\r' && PeekChar() != '\n')))
                {
                    if (!hasSpaceLine)
                    {
                        hasSpaceLine = true;
                        lastSpaceLine = Position;
                        beforeSpaceLine = end.Offset;
                        beforeSpaceLinePosition = end;
                    }
                }
                else
                {
                    hasSpaceLine = false;
                }
            }
            else
            {
                hasSpaceFull = false;
                hasSpaceLine = false;
            }

            end = Position;
            NextChar();
        }

        if (end.Offset < 0)
        {
            end = start;
        }

        var hasSpace = hasSpaceFull;
        var lastSpace = lastSpaceFull;
        var beforeSpace = beforeSpaceFull;
        var beforeSpacePosition = beforeSpaceFullPosition;
        if (whitespaceMode == TokenType.Whitespace)
        {
            hasSpace = hasSpaceLine;
            lastSpace = lastSpaceLine;
            beforeSpace = beforeSpaceLine;
            beforeSpacePosition = beforeSpaceLinePosition;
        }

        if (reachedDelimiter && whitespaceMode != TokenType.Invalid && hasSpace)
        {
            _pending.Enqueue(new Token(whitespaceMode, lastSpace, end));
            if (beforeSpace < 0)
            {
                return false;
            }
            end = beforeSpacePosition;
        }

        _token = new Token(_blockType == BlockType.Escape ? TokenType.Escape : TokenType.Raw, start, end);
        return true;
    }

    private bool ConsumeWhitespace(bool stopAtNewLine, ref TextPosition lastSpace, bool keepNewLine = false)
    {
        var start = _offset;
        while (char.IsWhiteSpace(_c))
        {
            if (stopAtNewLine && _c == '\n')
            {
                if (keepNewLine)
                {
                    lastSpace = Position;
                    NextChar();
                }
                break;
            }
            lastSpace = Position;
            NextChar();
        }
        return start != _offset;
    }
}
