using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Builds the syntax tree of a template from the lexer's tokens. Never throws on bad input: every problem
/// goes to the log with its position and the parse goes on, so that one run reports several.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly bool _isLiquid;
    private readonly bool _isScientific;
    private readonly TokenCursor _tokens;
    private readonly NestingGuard _nesting;
    private readonly ParserLog _log;
    private bool _inCodeSection;
    private bool _isLiquidTagSection;
    private int _blockLevel;
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
        _log = new ParserLog(_nesting);
        _tokens = new TokenCursor(lexer);
    }

    public ParserOptions Options { get; }

    /// <summary>The parser's messages followed by the lexer's.</summary>
    public IReadOnlyList<LogMessage> Messages => _log.Messages;

    public bool HasErrors => _log.HasErrors;

    private Token Current => _tokens.Current;

    private Token Previous => _tokens.Previous;

    private SourceSpan CurrentSpan => SpanOf(Current);

    /// <summary>Parses the whole text; the messages tell whether the tree can be trusted.</summary>
    public ScriptBlockStatement Run()
    {
        // A script-only text has no text parts: it starts, and stays, in code.
        _inCodeSection = _lexer.Options.Mode == ScriptMode.ScriptOnly;
        var page = ParseBlockStatement(null);
        // The lexer reads as the parser asks: its messages, for what was read, follow the parser's.
        foreach (var message in _lexer.Errors)
        {
            _log.Add(message);
        }
        return page;
    }

    private SourceSpan SpanOf(Token token) => new(_lexer.SourcePath, token.Start, token.End);

    private SourceSpan SpanFrom(TextPosition start) => new(_lexer.SourcePath, start, Previous.End);

    /// <summary>Stretches the node from <paramref name="start"/> to the last token read.</summary>
    private T Finish<T>(T node, TextPosition start) where T : ScriptNode
    {
        node.Span = SpanFrom(start);
        return node;
    }

    private string GetText(Token token) => token.GetText(_lexer.Text);

    /// <summary>The token as a message quotes it: a new line is written as an escape, not broken over lines.</summary>
    private string GetTextForLog(Token token) => token.Type == TokenType.NewLine ? "\\n" : GetText(token);

    private void NextToken() => _tokens.Advance();

    private Token PeekToken() => _tokens.Peek();

    /// <summary>Moves past the current token when it is of <paramref name="type"/>.</summary>
    private bool TryTake(TokenType type)
    {
        if (Current.Type != type)
        {
            return false;
        }
        NextToken();
        return true;
    }

    private void LogError(string message, bool isFatal = false) => LogError(CurrentSpan, message, isFatal);

    private void LogError(Token token, string message, bool isFatal = false) => LogError(SpanOf(token), message, isFatal);

    private void LogError(SourceSpan span, string message, bool isFatal = false) =>
        _log.Add(new LogMessage(LogMessageType.Error, span, message), isFatal);

    /// <summary>An error in a node, at the node's own position.</summary>
    private void LogError(ScriptNode? node, string message, bool isFatal = false) =>
        LogError(node, node?.Span ?? CurrentSpan, message, isFatal);

    /// <summary>An error in a node: the message names the kind of node and shows how it is written.</summary>
    private void LogError(ScriptNode? node, SourceSpan span, string message, bool isFatal = false)
    {
        var (name, example) = ScriptSyntax.Describe(node);
        LogError(span, $"Error while parsing {name}: {message} in: {example}", isFatal);
    }

    /// <summary>Goes one nesting level deeper; passing the limit is reported once, and stops the parse.</summary>
    private void Deepen()
    {
        if (_nesting.Deepen())
        {
            _log.AddDepthLimitReached(SpanOf(Previous));
        }
    }
}
