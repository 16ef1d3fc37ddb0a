using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Blocks: the statement loop, text between code sections, and the code section markers themselves.</summary>
public sealed partial class Parser
{
    private ScriptBlockStatement ParseBlockStatement(ScriptNode? parent, bool parseEndOfStatementAfterEnd = true)
    {
        using var level = _nesting.Open();
        Deepen();
        _blockLevel++;
        var start = Current.Start;
        var block = new ScriptBlockStatement();
        var enclosingBlock = _currentBlock;
        _currentBlock = block;
        var isClosed = !_nesting.Tripped && ParseStatementsInto(block, parent, parseEndOfStatementAfterEnd);
        if (!isClosed && _blockLevel > 1 && !_nesting.Tripped)
        {
            ReportMissingEnd(parent);
        }
        _blockLevel--;
        _currentBlock = enclosingBlock;
        return Finish(block, start);
    }

    /// <summary>Fills the block up to the statement that closes it; false when the text ends first.</summary>
    private bool ParseStatementsInto(ScriptBlockStatement block, ScriptNode? parent, bool parseEndOfStatementAfterEnd)
    {
        while (!_log.HasFatalError)
        {
            var outcome = ParseStatement(parent, parseEndOfStatementAfterEnd);
            if (outcome.Statement is not null and not ScriptEndStatement)
            {
                block.Statements.Add(outcome.Statement);
            }
            if (outcome.ClosesBlock || outcome.Halts)
            {
                return outcome.ClosesBlock;
            }
        }
        return false;
    }

    private void ReportMissingEnd(ScriptNode? parent)
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

    private StatementOutcome ParseStatement(ScriptNode? parent, bool parseEndOfStatementAfterEnd)
    {
        while (true)
        {
            switch (Current.Type)
            {
                case TokenType.Eof:
                    return StatementOutcome.Halt;
                case TokenType.Raw or TokenType.Escape:
                    var raw = ParseRawStatement();
                    // Text between the branches of a case is not part of any branch.
                    if (parent is ScriptCaseStatement)
                    {
                        continue;
                    }
                    return StatementOutcome.Next(raw);
                case TokenType.CodeEnter or TokenType.LiquidTagEnter:
                    return StatementOutcome.Next(EnterCode());
                case TokenType.CodeExit or TokenType.LiquidTagExit:
                    return StatementOutcome.Next(ExitCode());
                case TokenType.EscapeEnter or TokenType.EscapeExit:
                    return StatementOutcome.Next(TakeMarker(new ScriptEscapeStatement { IsEntering = Current.Type == TokenType.EscapeEnter }));
            }
            if (!_inCodeSection)
            {
                LogError($"Unexpected token {GetText(Current)} while not in a code block {{ ... }}");
                return StatementOutcome.Halt;
            }
            if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
            {
                NextToken();
                continue;
            }
            if (Current.Type is TokenType.Identifier or TokenType.IdentifierSpecial)
            {
                var site = new StatementSite(parent, Current, GetText(Current), parseEndOfStatementAfterEnd);
                return _isLiquid ? ParseLiquidStatement(site) : ParseKeywordStatement(site);
            }
            if (IsStartOfExpression())
            {
                return StatementOutcome.Next(ParseExpressionStatement());
            }
            LogError($"Unexpected token {GetText(Current)}");
            return StatementOutcome.Halt;
        }
    }

    private ScriptEscapeStatement EnterCode()
    {
        if (_inCodeSection)
        {
            LogError("Unexpected token while already in a code block");
        }
        _isLiquidTagSection = Current.Type == TokenType.LiquidTagEnter;
        _inCodeSection = true;
        return TakeMarker(new ScriptEscapeStatement { IsEntering = true, Indent = IndentBeforeCode() });
    }

    private ScriptEscapeStatement ExitCode()
    {
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
        return TakeMarker(new ScriptEscapeStatement { IsEntering = false });
    }

    /// <summary>A statement made of the current token alone.</summary>
    private T TakeMarker<T>(T statement) where T : ScriptStatement
    {
        statement.Span = CurrentSpan;
        NextToken();
        return statement;
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
        var last = raw.Start + raw.Length - 1;
        var lineStart = last + 1;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            if (!char.IsWhiteSpace(text[lineStart - 1]))
            {
                return null;
            }
            lineStart--;
        }
        return last < 0 ? null : text.Substring(lineStart, last - lineStart + 1);
    }

    private ScriptRawStatement ParseRawStatement()
    {
        var token = Current;
        NextToken();
        return new ScriptRawStatement
        {
            Source = _lexer.Text,
            Start = token.Start.Offset,
            Length = Math.Max(0, token.End.Offset - token.Start.Offset + 1),
            IsEscape = token.Type == TokenType.Escape,
            Span = SpanOf(token),
        };
    }
}
