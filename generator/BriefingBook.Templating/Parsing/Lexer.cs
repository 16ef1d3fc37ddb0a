using BriefingBook.Templating.Parsing.Lexing;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Splits a template into tokens: raw text, code delimiters (with their whitespace control), escape
/// blocks, and the tokens of the code inside <c>{{ }}</c>. Errors are collected, never thrown; the
/// first one ends the token stream.
/// </summary>
public sealed class Lexer
{
    private readonly LexingContext _context;
    private bool _endReturned;

    public Lexer(string text, string? sourcePath = null, LexerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Options = options ?? LexerOptions.Default;
        SourcePath = sourcePath ?? "<input>";
        _context = new LexingContext(text, SourcePath, Options);
    }

    public LexerOptions Options { get; }

    public string Text => _context.Reader.Text;

    public string SourcePath { get; }

    public bool HasErrors => _context.Errors.Count > 0;

    public IReadOnlyList<LogMessage> Errors => _context.Errors;

    /// <summary>The token read by the last successful <see cref="MoveNext"/>.</summary>
    public Token Current { get; private set; }

    /// <summary>All tokens up to the end of the text (or the first error).</summary>
    public IEnumerable<Token> Tokenize()
    {
        while (MoveNext())
        {
            yield return Current;
            if (Current.Type == TokenType.Eof)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads the next token; false once the end was returned or after an error.</summary>
    public bool MoveNext()
    {
        var output = _context.Output;
        while (output.IsEmpty)
        {
            if (_endReturned || HasErrors)
            {
                return false;
            }
            if (_context.Reader.AtEnd)
            {
                var end = _context.Reader.Position;
                _context.Emit(TokenType.Eof, end, end);
                _endReturned = true;
                break;
            }
            switch (_context.Top.Mode)
            {
                case LexerMode.Text:
                    TextScanner.ScanText(_context);
                    break;
                case LexerMode.Escape:
                    TextScanner.ScanEscape(_context);
                    break;
                case LexerMode.InterpolatedText:
                    InterpolationScanner.ScanText(_context);
                    break;
                default:
                    CodeScanner.Scan(_context);
                    break;
            }
        }
        Current = output.Take();
        return true;
    }
}
