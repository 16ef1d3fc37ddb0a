using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Builds the syntax tree of a template from the lexer's tokens. Never throws on bad input: it
/// collects every message with its position and recovers to report several.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly bool _isLiquid;
    private readonly bool _isScientific;
    private readonly List<LogMessage> _messages = new();
    private readonly TokenCursor _tokens;
    private bool _inCodeSection;
    private bool _isLiquidTagSection;
    private int _blockLevel;
    private readonly NestingGuard _nesting;
    private bool _hasFatalError;
    private int _openExpressions;
    private int _anonymousFunctionEnd = -1;
    private ScriptBlockStatement? _currentBlock;

    public Parser(Lexer lexer, ParserOptions? options = null)
    {
        _lexer = lexer ?? throw new ArgumentNullException(nameof(lexer));
        _isLiquid = lexer.Options.Lang == ScriptLang.Liquid;
        _isScientific = lexer.Options.Lang == ScriptLang.Scientific;
        Options = options ?? new ParserOptions();
        _nesting = new NestingGuard(Options.ExpressionDepthLimit);
        _tokens = new TokenCursor(lexer);
    }

    public ParserOptions Options { get; }

    public IReadOnlyList<LogMessage> Messages => _messages;

    public bool HasErrors { get; private set; }

    private Token Current => _tokens.Current;

    private Token Previous => _tokens.Previous;

    private SourceSpan CurrentSpan => SpanOf(Current);

    /// <summary>Parses the whole text; the messages tell whether the tree can be trusted.</summary>
    public ScriptBlockStatement Run()
    {
        if (_lexer.Options.Mode == ScriptMode.ScriptOnly)
        {
            _inCodeSection = true;
        }
        var body = ParseBlockStatement(null);
        foreach (var error in _lexer.Errors)
        {
            Log(error);
        }
        return body;
    }

    private SourceSpan SpanOf(Token token) => new(_lexer.SourcePath, token.Start, token.End);

    private SourceSpan SpanFrom(TextPosition start) => new(_lexer.SourcePath, start, Previous.End);

    private T Finish<T>(T node, TextPosition start) where T : ScriptNode
    {
        node.Span = SpanFrom(start);
        return node;
    }

    private string GetText(Token token) => token.GetText(_lexer.Text);

    private string GetTextForLog(Token token) => token.Type == TokenType.NewLine ? "\\n" : GetText(token);

    private void NextToken() => _tokens.Advance();

    private Token PeekToken() => _tokens.Peek();

    private void LogError(string message, bool isFatal = false) => LogError(CurrentSpan, message, isFatal);

    private void LogError(Token token, string message, bool isFatal = false) => LogError(SpanOf(token), message, isFatal);

    private void LogError(SourceSpan span, string message, bool isFatal = false) =>
        Log(new LogMessage(LogMessageType.Error, span, message), isFatal);

    private void LogError(ScriptNode? node, string message, bool isFatal = false) =>
        LogError(node, node?.Span ?? CurrentSpan, message, isFatal);

    private void LogError(ScriptNode? node, SourceSpan span, string message, bool isFatal = false)
    {
        var (name, example) = ScriptSyntax.Describe(node);
        var suffix = message.EndsWith("after", StringComparison.Ordinal) ? string.Empty : " in";
        LogError(span, $"Error while parsing {name}: {message}{suffix}: {example}", isFatal);
    }

    private void Log(LogMessage message, bool isFatal = false)
    {
        if (_nesting.Tripped && _messages.Count > 0)
        {
            return;
        }
        _messages.Add(message);
        if (message.Type == LogMessageType.Error)
        {
            HasErrors = true;
            if (isFatal)
            {
                _hasFatalError = true;
            }
        }
    }

    /// <summary>Goes one nesting level deeper, reporting once when the template nests beyond the limit.</summary>
    private void Deepen()
    {
        if (!_nesting.Deepen())
        {
            return;
        }
        // Added directly: once the guard has tripped, Log keeps only the first message, and this one must be kept.
        _messages.Add(new LogMessage(LogMessageType.Error, SpanOf(Previous),
            $"The statement depth limit `{_nesting.Limit}` was reached when parsing this statement"));
        HasErrors = true;
        _hasFatalError = true;
    }
}
