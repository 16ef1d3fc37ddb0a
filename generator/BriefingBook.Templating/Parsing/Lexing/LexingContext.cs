namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>What the scanners share while a text is read: the reader, the mode stack, the tokens ready to hand out, the errors.</summary>
internal sealed class LexingContext
{
    private readonly string _sourcePath;

    // The bottom frame (text, or script-only code) never leaves, so only deeper frames need the stack.
    private readonly LexerFrame _bottom;
    private readonly Stack<LexerFrame> _between = new();
    private int _depth;

    /// <summary>A field, not a property: scanners step the reader in place.</summary>
    public CharReader Reader;

    public LexingContext(string text, string sourcePath, LexerOptions options)
    {
        Reader = new CharReader(text);
        _sourcePath = sourcePath;
        IsLiquid = options.Lang == ScriptLang.Liquid;
        _bottom = options.Mode == ScriptMode.ScriptOnly ? LexerFrame.Script : LexerFrame.Text;
        Top = _bottom;
    }

    public bool IsLiquid { get; }

    public TokenBuffer Output { get; } = new();

    public List<LogMessage> Errors { get; } = [];

    /// <summary>The current frame of the mode stack, kept apart from the frames below it because every token reads it.</summary>
    public LexerFrame Top { get; private set; }

    public void Push(LexerFrame frame)
    {
        if (_depth++ > 0)
        {
            _between.Push(Top);
        }
        Top = frame;
    }

    public void Pop() => Top = --_depth > 0 ? _between.Pop() : _bottom;

    public void ReplaceTop(LexerFrame frame) => Top = frame;

    /// <summary>Whether the reader stands on the delimiter that closes the current block.</summary>
    public bool AtCloser(out Delimiter closer) =>
        Delimiters.TryMatchCloser(Reader.Text, Reader.Offset, Top, IsLiquid, out closer);

    public void Emit(TokenType type, TextPosition start, TextPosition end) => Output.Add(new Token(type, start, end));

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
