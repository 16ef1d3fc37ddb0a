namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// The tokens of the last scan, handed out first in first out. The lexer scans again only once the buffer
/// is drained, so draining it starts it over and it never needs to wrap around.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _tokens = new Token[4];
    private int _next;
    private int _count;

    public bool IsEmpty => _next == _count;

    public void Add(Token token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _count * 2);
        }
        _tokens[_count++] = token;
    }

    public Token Take()
    {
        var token = _tokens[_next++];
        if (_next == _count)
        {
            _next = 0;
            _count = 0;
        }
        return token;
    }
}
