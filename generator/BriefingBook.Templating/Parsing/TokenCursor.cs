namespace BriefingBook.Templating.Parsing;

/// <summary>
/// The parser's view of the lexer's tokens: the current and previous significant token, a lookahead that
/// buffers what it reads, and trivia (whitespace, comments, and new lines where they do not matter) skipped.
/// </summary>
internal sealed class TokenCursor
{
    private readonly Lexer _lexer;
    private readonly Queue<Token> _lookahead = new(4);
    private int _newLinesHidden;

    public TokenCursor(Lexer lexer)
    {
        _lexer = lexer;
        Advance();
    }

    public Token Current { get; private set; }

    public Token Previous { get; private set; }

    /// <summary>Whether the source character just before the current token is whitespace (<c>f (x)</c> against <c>f(x)</c>).</summary>
    public bool FollowsWhitespace
    {
        get
        {
            var before = Current.Start.Offset - 1;
            return before >= 0 && before < _lexer.Text.Length && char.IsWhiteSpace(_lexer.Text[before]);
        }
    }

    public void Advance()
    {
        Previous = Current;
        while (_lookahead.TryDequeue(out var buffered))
        {
            if (!IsTrivia(buffered.Type))
            {
                Current = buffered;
                return;
            }
        }
        Current = ReadSignificant(buffer: false) ?? new Token(TokenType.Eof, _lexer.Current.End, _lexer.Current.End);
    }

    /// <summary>The significant token after the current one, without moving.</summary>
    public Token Peek()
    {
        foreach (var buffered in _lookahead)
        {
            if (!IsTrivia(buffered.Type))
            {
                return buffered;
            }
        }
        return ReadSignificant(buffer: true) ?? new Token(TokenType.Eof, Current.End, Current.End);
    }

    /// <summary>Until disposed, new lines are trivia: inside initializers and after a pipe an expression goes on over lines.</summary>
    public NewLineScope HideNewLines()
    {
        _newLinesHidden++;
        return new NewLineScope(this);
    }

    private Token? ReadSignificant(bool buffer)
    {
        while (_lexer.MoveNext())
        {
            var token = _lexer.Current;
            if (buffer)
            {
                _lookahead.Enqueue(token);
            }
            if (!IsTrivia(token.Type))
            {
                return token;
            }
        }
        return null;
    }

    private bool IsTrivia(TokenType type) =>
        type is TokenType.Comment or TokenType.CommentMulti or TokenType.Whitespace or TokenType.WhitespaceFull
        || (type == TokenType.NewLine && _newLinesHidden > 0);

    /// <summary>A stretch of tokens where new lines are trivia.</summary>
    public readonly struct NewLineScope(TokenCursor cursor) : IDisposable
    {
        public void Dispose() => cursor._newLinesHidden--;
    }
}
