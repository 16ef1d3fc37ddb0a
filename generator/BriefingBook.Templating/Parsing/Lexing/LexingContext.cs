namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>What the scanners share while a text is read: the reader, the mode stack, the tokens ready to hand out, the errors.</summary>
internal sealed class LexingContext
{
    private readonly Stack<LexerFrame> _frames = new();
    private readonly string _sourcePath;

    /// <summary>A field, not a property: scanners step the reader in place.</summary>
    public CharReader Reader;

    public LexingContext(string text, string sourcePath, LexerOptions options)
    {
        Reader = new CharReader(text);
        _sourcePath = sourcePath;
        IsLiquid = options.Lang == ScriptLang.Liquid;
        _frames.Push(options.Mode == ScriptMode.ScriptOnly ? LexerFrame.Script : LexerFrame.Text);
    }

    public bool IsLiquid { get; }

    public Queue<Token> Output { get; } = new();

    public List<LogMessage> Errors { get; } = [];

    public LexerFrame Top => _frames.Peek();

    public void Push(LexerFrame frame) => _frames.Push(frame);

    public void Pop() => _frames.Pop();

    public void ReplaceTop(LexerFrame frame)
    {
        _frames.Pop();
        _frames.Push(frame);
    }

    /// <summary>Whether the reader stands on the delimiter that closes the current block.</summary>
    public bool AtCloser(out Delimiter closer) =>
        Delimiters.TryMatchCloser(Reader.Text, Reader.Offset, Top, IsLiquid, out closer);

    public void Emit(TokenType type, TextPosition start, TextPosition end) => Output.Enqueue(new Token(type, start, end));

    /// <summary>Emits a token from the current character through the one at <paramref name="lastOffset"/>, and steps past it.</summary>
    public void EmitThrough(TokenType type, int lastOffset)
    {
        var start = Reader.Position;
        Reader.AdvanceTo(lastOffset);
        Emit(type, start, Reader.Take());
    }

    /// <summary>Emits a token for the next <paramref name="length"/> characters, and steps past them.</summary>
    public void EmitNext(TokenType type, int length) => EmitThrough(type, Reader.Offset + length - 1);

    public void Report(string message, TextPosition start, TextPosition end) =>
        Errors.Add(new LogMessage(LogMessageType.Error, new SourceSpan(_sourcePath, start, end), message));

    /// <summary>Reports an error and marks its place with an invalid token; the lexer reads no further.</summary>
    public void Fail(string message, TextPosition start, TextPosition end)
    {
        Report(message, start, end);
        Emit(TokenType.Invalid, start, end);
    }
}
