namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>Walks a template's text one character at a time, keeping the line and column of the current character.</summary>
internal struct CharReader(string text)
{
    private char _current = text.Length > 0 ? text[0] : '\0';
    private int _offset;
    private int _line;
    private int _column;

    public readonly string Text => text;

    public readonly bool AtEnd => _offset >= text.Length;

    /// <summary>The current character, or <c>'\0'</c> past the end so that no test needs to check the end first.</summary>
    public readonly char Current => _current;

    public readonly int Offset => _offset;

    public readonly TextPosition Position => new(_offset, _line, _column);

    /// <summary>
    /// The position one step before the current character, on the current line: where an empty stretch that
    /// starts here ends (its end comes before its start).
    /// </summary>
    public readonly TextPosition JustBefore => new(_offset - 1, _line, _column - 1);

    public readonly char Peek(int distance = 1)
    {
        var index = _offset + distance;
        return (uint)index < (uint)text.Length ? text[index] : '\0';
    }

    /// <summary>Whether <paramref name="spelling"/> is found <paramref name="distance"/> characters ahead.</summary>
    public readonly bool LookingAt(string spelling, int distance = 0)
    {
        for (var i = 0; i < spelling.Length; i++)
        {
            if (Peek(distance + i) != spelling[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Steps over the current character. The end keeps the line and column of the last character.</summary>
    public void Advance()
    {
        if (_offset >= text.Length)
        {
            return;
        }
        var left = _current;
        if (++_offset == text.Length)
        {
            _current = '\0';
            return;
        }
        _current = text[_offset];
        if (left == '\n' || (left == '\r' && _current != '\n'))
        {
            _line++;
            _column = 0;
        }
        else
        {
            _column++;
        }
    }

    public void Advance(int count) => AdvanceTo(_offset + count);

    public void AdvanceTo(int offset)
    {
        var target = Math.Min(offset, text.Length);
        if (target <= _offset)
        {
            return;
        }
        if (target == text.Length)
        {
            // The last step goes through Advance, which gives the end the last character's line and column.
            AdvanceTo(target - 1);
            Advance();
            return;
        }
        for (var i = _offset; i < target; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && text[i + 1] != '\n'))
            {
                _line++;
                _column = 0;
            }
            else
            {
                _column++;
            }
        }
        _offset = target;
        _current = text[target];
    }

    /// <summary>Steps over the current character and returns the position it had: the end of a token that stops there.</summary>
    public TextPosition Take()
    {
        var position = Position;
        Advance();
        return position;
    }
}
