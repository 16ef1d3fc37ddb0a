using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Blocks and the statement loop: text, code enter/exit, and dispatch to each statement.</summary>
public sealed partial class Parser
{
    private ScriptBlockStatement ParseBlockStatement(ScriptNode? parent, bool parseEndOfStatementAfterEnd = true)
    {
        _blockLevel++;
        using var level = _nesting.Open();
        Deepen();
        var start = Current.Start;
        var block = new ScriptBlockStatement();
        var previousBlock = _currentBlock;
        _currentBlock = block;
        var hasEnd = false;
        if (!_nesting.Tripped)
        {
            while (TryParseStatement(parent, parseEndOfStatementAfterEnd, out var statement, out hasEnd))
            {
                if (statement is not null and not ScriptEndStatement)
                {
                    block.Statements.Add(statement);
                }
                if (hasEnd)
                {
                    break;
                }
            }
        }

        if (!hasEnd && _blockLevel > 1 && !_nesting.Tripped)
        {
            if (_isLiquid)
            {
                LogError(parent, parent?.Span ?? CurrentSpan, $"The `end{ScriptSyntax.Describe(parent).Name}` was not found");
            }
            else
            {
                LogError(parent, SpanOf(Previous), "The <end> statement was not found");
            }
        }

        _blockLevel--;
        _currentBlock = previousBlock;
        return Finish(block, start);
    }

    private bool TryParseStatement(ScriptNode? parent, bool parseEndOfStatementAfterEnd, out ScriptStatement? statement, out bool hasEnd)
    {
        hasEnd = false;
        statement = null;
        while (true)
        {
            if (_hasFatalError)
            {
                return false;
            }

            switch (Current.Type)
            {
                case TokenType.Eof:
                    return false;

                case TokenType.Raw:
                case TokenType.Escape:
                    var raw = ParseRawStatement();
                    if (parent is ScriptCaseStatement)
                    {
                        continue;
                    }
                    statement = raw;
                    return true;

                case TokenType.CodeEnter:
                case TokenType.LiquidTagEnter:
                    if (_inCodeSection)
                    {
                        LogError("Unexpected token while already in a code block");
                    }
                    _isLiquidTagSection = Current.Type == TokenType.LiquidTagEnter;
                    _inCodeSection = true;
                    statement = new ScriptEscapeStatement { IsEntering = true, Indent = IndentBeforeCode(), Span = CurrentSpan };
                    NextToken();
                    return true;

                case TokenType.CodeExit:
                case TokenType.LiquidTagExit:
                    if (!_inCodeSection)
                    {
                        LogError("Unexpected code block exit '}}' while no code block enter '{{' has been found");
                    }
                    else if (_lexer.Options.Mode == ScriptMode.ScriptOnly)
                    {
                        LogError("Unexpected code clock exit '}}' while parsing in script only mode. '}}' is not allowed.");
                    }
                    _isLiquidTagSection = false;
                    _inCodeSection = false;
                    statement = new ScriptEscapeStatement { IsEntering = false, Span = CurrentSpan };
                    NextToken();
                    return true;

                case TokenType.EscapeEnter:
                case TokenType.EscapeExit:
                    statement = new ScriptEscapeStatement { IsEntering = Current.Type == TokenType.EscapeEnter, Span = CurrentSpan };
                    NextToken();
                    return true;
            }

            if (!_inCodeSection)
            {
                LogError($"Unexpected token {GetText(Current)} while not in a code block {{ ... }}");
                return false;
            }

            switch (Current.Type)
            {
                case TokenType.NewLine:
                case TokenType.SemiColon:
                    NextToken();
                    continue;
                case TokenType.Identifier:
                case TokenType.IdentifierSpecial:
                    var identifier = GetText(Current);
                    var nextStatement = true;
                    if (_isLiquid)
                    {
                        ParseLiquidStatement(identifier, parent, ref statement, ref hasEnd, ref nextStatement);
                    }
                    else
                    {
                        ParseScribanStatement(identifier, parent, parseEndOfStatementAfterEnd, ref statement, ref hasEnd, ref nextStatement);
                    }
                    return nextStatement;
                default:
                    if (IsStartOfExpression())
                    {
                        statement = ParseExpressionStatement();
                        return true;
                    }
                    LogError($"Unexpected token {GetText(Current)}");
                    return false;
            }
        }
    }

    /// <summary>
    /// The indentation of a code block: the whitespace after the last newline of the text just before
    /// it in the same block, or null when something else than whitespace stands on that line.
    /// </summary>
    private string? IndentBeforeCode()
    {
        if (_currentBlock is not { Statements.Count: > 0 } block || block.Statements[^1] is not ScriptRawStatement raw)
        {
            return null;
        }
        var text = raw.Source;
        var end = raw.Start + raw.Length - 1;
        for (var j = end; j >= 0; j--)
        {
            var c = text[j];
            if (c == '\n')
            {
                return text.Substring(j + 1, end - j);
            }
            if (!char.IsWhiteSpace(c))
            {
                return null;
            }
            if (j == 0)
            {
                return text.Substring(0, end + 1);
            }
        }
        return null;
    }

    private ScriptRawStatement ParseRawStatement()
    {
        var token = Current;
        NextToken();
        var length = token.End.Offset - token.Start.Offset + 1;
        return new ScriptRawStatement
        {
            Source = _lexer.Text,
            Start = token.Start.Offset,
            Length = Math.Max(0, length),
            IsEscape = token.Type == TokenType.Escape,
            Span = SpanOf(token),
        };
    }

    private ScriptStatement ParseExpressionStatement()
    {
        var start = Current.Start;
        var statement = new ScriptExpressionStatement();
        var expression = ExpectAndParseExpression(statement);
        if (expression is ScriptExpressionAsStatement asStatement)
        {
            return asStatement.Statement;
        }
        statement.Expression = expression;
        var endsWithAnonymousFunction = _anonymousFunctionEnd >= 0 && Previous.End.Offset == _anonymousFunctionEnd;
        if (!endsWithAnonymousFunction)
        {
            ExpectEndOfStatement();
        }
        return Finish(statement, start);
    }

    private bool ExpectEndOfStatement()
    {
        if (_isLiquid)
        {
            if (Current.Type == TokenType.CodeExit || (_isLiquidTagSection && Current.Type == TokenType.LiquidTagExit) || Current.Type == TokenType.Eof)
            {
                return true;
            }
        }
        else if (Current.Type is TokenType.NewLine or TokenType.CodeExit or TokenType.SemiColon or TokenType.Eof)
        {
            if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
            {
                NextToken();
            }
            return true;
        }
        LogError(CurrentSpan, $"Invalid token found `{GetText(Current)}`. Expecting <EOL>/end of line.", isFatal: true);
        return false;
    }

    private void CheckNotInCase(ScriptNode? parent, Token token)
    {
        if (parent is ScriptCaseStatement)
        {
            LogError(token, $"Unexpected statement/expression `{GetText(token)}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }
    }

    private void SkipKeyword() => NextToken();

    private ScriptVariable? ExpectAndParseVariable(ScriptNode parent)
    {
        if (Current.Type is TokenType.Identifier or TokenType.IdentifierSpecial)
        {
            var parsed = ParseVariable();
            if (parsed is ScriptVariable { Scope: not ScriptVariableScope.Loop } variable)
            {
                return variable;
            }
            LogError(parent, $"Unexpected variable `{parsed}`");
        }
        else
        {
            LogError(parent, $"Expecting a variable instead of `{GetText(Current)}`");
        }
        return null;
    }
}
