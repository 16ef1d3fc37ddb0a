namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Splits a template into tokens: raw text, code delimiters (with their whitespace control), escape
/// blocks, and the tokens of the code inside <c>{{ }}</c>. Errors are collected, never thrown.
/// </summary>
public sealed partial class Lexer
{
    private const char StripFull = '-';
    private const char StripLine = '~';
    private const char EscapeMarker = '%';

    private readonly string _text;
    private readonly int _length;
    private readonly bool _isLiquid;
    private readonly Queue<Token> _pending = new();
    private readonly Stack<InterpolationFrame> _interpolations = new();
    private readonly List<LogMessage> _errors = new();
    private int _offset;
    private int _line;
    private int _column;
    private char _c;
    private BlockType _blockType;
    private bool _isLiquidTagBlock;
    private int _openBraceCount;
    private int _escapeCount;
    private bool _readInterpolationPart;
    private Token _token;
    private bool _eofReturned;

    public Lexer(string text, string? sourcePath = null, LexerOptions? options = null)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _length = text.Length;
        Options = options ?? LexerOptions.Default;
        SourcePath = sourcePath ?? "<input>";
        _isLiquid = Options.Lang == ScriptLang.Liquid;
        _blockType = Options.Mode == ScriptMode.ScriptOnly ? BlockType.Code : BlockType.Raw;
        _c = _length > 0 ? text[0] : '\0';
    }

    private enum BlockType
    {
        Code,
        Escape,
        Raw,
    }

    public LexerOptions Options { get; }

    public string Text => _text;

    public string SourcePath { get; }

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<LogMessage> Errors => _errors;

    /// <summary>The token read by the last successful <see cref="MoveNext"/>.</summary>
    public Token Current => _token;

    private TextPosition Position => new(_offset, _line, _column);

    /// <summary>All tokens up to the end of the text (or the first error).</summary>
    public IEnumerable<Token> Tokenize()
    {
        while (MoveNext())
        {
            yield return _token;
            if (_token.Type == TokenType.Eof)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads the next token; false once the end was returned or after an error.</summary>
    public bool MoveNext()
    {
        var previousOffset = -1;
        while (true)
        {
            if (_pending.Count > 0)
            {
                _token = _pending.Dequeue();
                return true;
            }
            if (HasErrors || _eofReturned)
            {
                return false;
            }
            if (_offset >= _length)
            {
                _eofReturned = true;
                _token = new Token(TokenType.Eof, Position, Position);
                return true;
            }
            if (previousOffset == _offset)
            {
                throw new InvalidOperationException("The lexer made no progress.");
            }
            previousOffset = _offset;

            if (Options.Mode != ScriptMode.ScriptOnly)
            {
                if (_blockType == BlockType.Raw && IsCodeEnterOrEscape(out _))
                {
                    ReadCodeEnterOrEscape();
                    return true;
                }
                if (_blockType != BlockType.Raw && IsCodeExit())
                {
                    var wasCode = _blockType == BlockType.Code;
                    ReadCodeExitOrEscape();
                    if (wasCode)
                    {
                        return true;
                    }
                    continue;
                }
            }

            if (_offset >= _length)
            {
                continue;
            }

            if (_blockType == BlockType.Code)
            {
                if (ReadCode())
                {
                    return true;
                }
            }
            else if (ReadRaw())
            {
                return true;
            }
        }
    }

    private char PeekChar(int count = 1)
    {
        var offset = _offset + count;
        return offset >= 0 && offset < _length ? _text[offset] : '\0';
    }

    private void NextChar()
    {
        _offset++;
        if (_offset < _length)
        {
            var next = _text[_offset];
            if (_c == '\n' || (_c == '\r' && next != '\n'))
            {
                _column = 0;
                _line++;
            }
            else
            {
                _column++;
            }
            _c = next;
        }
        else
        {
            _offset = _length;
            _c = '\0';
        }
    }

    private void AddError(string message, TextPosition start, TextPosition end)
    {
        _token = new Token(TokenType.Invalid, start, end);
        _errors.Add(new LogMessage(LogMessageType.Error, new SourceSpan(SourcePath, start, end), message));
    }

    private sealed class InterpolationFrame(char quote)
    {
        public char Quote { get; } = quote;

        public int BraceDepth { get; set; }
    }
}
