namespace BriefingBook.Templating.Parsing;

/// <summary>Liquid's <c>{% comment %}</c> and <c>{% raw %}</c> blocks, read as a comment and an escape block.</summary>
public sealed partial class Lexer
{
    private bool TryReadLiquidCommentOrRaw(TextPosition enterStart, TextPosition enterEnd)
    {
        var offset = 0;
        SkipPeekSpaces(ref offset);
        bool isComment;
        if (!((isComment = PeekMatches("comment", ref offset)) || PeekMatches("raw", ref offset)))
        {
            return false;
        }
        SkipPeekSpaces(ref offset);
        if (!PeekMatches("%}", ref offset))
        {
            return false;
        }
        for (var i = 0; i < offset; i++)
        {
            NextChar();
        }
        var contentStart = Position;
        var endTag = isComment ? "endcomment" : "endraw";
        while (_c != '\0')
        {
            if (_c == '{' && PeekChar() == '%')
            {
                var contentEnd = new TextPosition(_offset - 1, _line, _column - 1);
                var exitStart = Position;
                var probe = 2;
                if (PeekChar(probe) == '-')
                {
                    probe++;
                }
                SkipPeekSpaces(ref probe);
                if (PeekMatches(endTag, ref probe))
                {
                    SkipPeekSpaces(ref probe);
                    if (PeekChar(probe) == '-')
                    {
                        probe++;
                    }
                    if (PeekMatches("%}", ref probe))
                    {
                        for (var i = 0; i < probe - 1; i++)
                        {
                            NextChar();
                        }
                        var exitEnd = Position;
                        NextChar();
                        _blockType = BlockType.Raw;
                        _isLiquidTagBlock = false;
                        if (isComment)
                        {
                            _token = new Token(TokenType.CodeEnter, enterStart, enterEnd);
                            _pending.Enqueue(new Token(TokenType.CommentMulti, contentStart, contentEnd));
                            _pending.Enqueue(new Token(TokenType.CodeExit, exitStart, exitEnd));
                        }
                        else
                        {
                            _token = new Token(TokenType.EscapeEnter, enterStart, enterEnd);
                            _pending.Enqueue(new Token(TokenType.Escape, contentStart, contentEnd));
                            _pending.Enqueue(new Token(TokenType.EscapeExit, exitStart, exitEnd));
                        }
                        return true;
                    }
                }
            }
            NextChar();
        }
        return false;
    }

    private void SkipPeekSpaces(ref int offset)
    {
        while (PeekChar(offset) is ' ' or '\t')
        {
            offset++;
        }
    }

    private bool PeekMatches(string text, ref int offset)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (PeekChar(offset + i) != text[i])
            {
                return false;
            }
        }
        offset += text.Length;
        return true;
    }
}
