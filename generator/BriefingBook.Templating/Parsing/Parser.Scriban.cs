using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>The statements of the Scriban language: dispatch on the leading keyword.</summary>
public sealed partial class Parser
{
    private void ParseScribanStatement(string identifier, ScriptNode? parent, bool parseEndOfStatementAfterEnd, ref ScriptStatement? statement, ref bool hasEnd, ref bool nextStatement)
    {
        var startToken = Current;
        switch (identifier)
        {
            case "end":
                hasEnd = true;
                var endStart = Current.Start;
                SkipKeyword();
                if (parseEndOfStatementAfterEnd)
                {
                    ExpectEndOfStatement();
                }
                statement = Finish(new ScriptEndStatement(), endStart);
                break;
            case "wrap":
                CheckNotInCase(parent, startToken);
                statement = ParseWrapStatement();
                break;
            case "if":
                CheckNotInCase(parent, startToken);
                statement = ParseIfStatement(isElseIf: false, startToken.Start);
                break;
            case "case":
                CheckNotInCase(parent, startToken);
                statement = ParseCaseStatement();
                break;
            case "when":
                var when = ParseWhenStatement();
                if (parent is ScriptWhenStatement previousWhen)
                {
                    previousWhen.Next = when;
                }
                else if (parent is ScriptCaseStatement)
                {
                    statement = when;
                }
                else
                {
                    nextStatement = false;
                    LogError(startToken, "A `when` condition must be preceded by another `when`/`else`/`case` condition");
                }
                hasEnd = true;
                break;
            case "else":
                var next = ParseElseStatement();
                switch (parent)
                {
                    case ScriptIfStatement ifStatement:
                        ifStatement.Else = next;
                        break;
                    case ScriptWhenStatement whenStatement:
                        whenStatement.Next = next;
                        break;
                    case ScriptForStatement forStatement:
                        if (next is ScriptElseStatement elseStatement)
                        {
                            forStatement.Else = elseStatement;
                        }
                        else
                        {
                            LogError(next.Span, "Invalid if/else combination within a for statement.");
                        }
                        break;
                    default:
                        nextStatement = false;
                        LogError(startToken, "A else condition must be preceded by another if/else/when condition or a for loop.");
                        break;
                }
                hasEnd = true;
                break;
            case "for":
            case "tablerow" when !_isScientific:
                CheckNotInCase(parent, startToken);
                statement = PeekToken().Type == TokenType.Dot ? ParseExpressionStatement() : ParseForStatement(identifier == "tablerow");
                break;
            case "with":
                CheckNotInCase(parent, startToken);
                statement = ParseWithStatement();
                break;
            case "import":
                CheckNotInCase(parent, startToken);
                statement = ParseImportStatement();
                break;
            case "readonly":
                CheckNotInCase(parent, startToken);
                statement = ParseReadOnlyStatement();
                break;
            case "while":
                CheckNotInCase(parent, startToken);
                statement = PeekToken().Type == TokenType.Dot ? ParseExpressionStatement() : ParseWhileStatement();
                break;
            case "break":
                CheckNotInCase(parent, startToken);
                SkipKeyword();
                ExpectEndOfStatement();
                statement = Finish(new ScriptBreakStatement(), startToken.Start);
                break;
            case "continue":
                CheckNotInCase(parent, startToken);
                SkipKeyword();
                ExpectEndOfStatement();
                statement = Finish(new ScriptContinueStatement(), startToken.Start);
                break;
            case "func":
                CheckNotInCase(parent, startToken);
                statement = ParseFunctionStatement(isAnonymous: false);
                break;
            case "ret":
                CheckNotInCase(parent, startToken);
                statement = ParseReturnStatement();
                break;
            case "capture":
                CheckNotInCase(parent, startToken);
                statement = ParseCaptureStatement();
                break;
            default:
                CheckNotInCase(parent, startToken);
                statement = ParseExpressionStatement();
                break;
        }
    }

    private ScriptIfStatement ParseIfStatement(bool isElseIf, TextPosition start, bool invert = false)
    {
        var ifStatement = new ScriptIfStatement { IsElseIf = isElseIf, IsInverted = invert, Span = SpanOf(Current) with { Start = start } };
        SkipKeyword();
        ifStatement.Condition = ExpectAndParseExpression(ifStatement, allowAssignment: false);
        if (ExpectEndOfStatement())
        {
            ifStatement.Then = ParseBlockStatement(ifStatement);
        }
        return Finish(ifStatement, start);
    }

    private ScriptConditionStatement ParseElseStatement()
    {
        var start = Current.Start;
        var next = PeekToken();
        if (!_isLiquid && next.Type == TokenType.Identifier && GetText(next) == "if")
        {
            SkipKeyword();
            return ParseIfStatement(isElseIf: true, start);
        }
        var elseStatement = new ScriptElseStatement { Span = SpanOf(Current) };
        SkipKeyword();
        if (ExpectEndOfStatement())
        {
            elseStatement.Body = ParseBlockStatement(elseStatement);
        }
        return Finish(elseStatement, start);
    }

    private ScriptCaseStatement ParseCaseStatement()
    {
        var start = Current.Start;
        var caseStatement = new ScriptCaseStatement { Span = SpanOf(Current) };
        SkipKeyword();
        caseStatement.Value = ExpectAndParseExpression(caseStatement, allowAssignment: false);
        if (ExpectEndOfStatement())
        {
            caseStatement.Body = ParseBlockStatement(caseStatement);
        }
        return Finish(caseStatement, start);
    }

    private ScriptWhenStatement ParseWhenStatement()
    {
        var start = Current.Start;
        var when = new ScriptWhenStatement { Span = SpanOf(Current) };
        SkipKeyword();
        while (IsStartOfExpression())
        {
            var value = ParseExpression(when, mode: ParseExpressionMode.WhenExpression, allowAssignment: false);
            if (value is null)
            {
                break;
            }
            when.Values.Add(value);
            if (Current.Type == TokenType.Comma || (!_isLiquid && Current.Type == TokenType.DoubleVerticalBar) || (_isLiquid && GetText(Current) == "or"))
            {
                NextToken();
            }
        }
        if (when.Values.Count == 0)
        {
            LogError(Current, "When is expecting at least one value.");
        }
        if (ExpectEndOfStatement())
        {
            when.Body = ParseBlockStatement(when);
        }
        return Finish(when, start);
    }

    private ScriptForStatement ParseForStatement(bool isTableRow)
    {
        var start = Current.Start;
        var forStatement = new ScriptForStatement { IsTableRow = isTableRow, Span = SpanOf(Current) };
        SkipKeyword();
        forStatement.Variable = ExpectAndParseExpression(forStatement, mode: ParseExpressionMode.BasicExpression);
        if (forStatement.Variable is null)
        {
            return Finish(forStatement, start);
        }
        if (!IsVariablePath(forStatement.Variable))
        {
            LogError(forStatement, $"Expecting a variable instead of `{forStatement.Variable}`");
        }
        if (forStatement.Variable is ScriptVariable { Scope: ScriptVariableScope.Global } global)
        {
            forStatement.Variable = new ScriptVariable { Name = global.Name, Scope = ScriptVariableScope.Loop, Span = global.Span };
        }
        if (Current.Type != TokenType.Identifier || GetText(Current) != "in")
        {
            LogError(forStatement, $"Expecting 'in' word instead of `{GetText(Current)}`");
        }
        else
        {
            SkipKeyword();
        }
        forStatement.Iterator = ExpectAndParseExpression(forStatement);
        if (ExpectEndOfStatement())
        {
            forStatement.Body = ParseBlockStatement(forStatement);
        }
        return Finish(forStatement, start);
    }

    private ScriptWhileStatement ParseWhileStatement()
    {
        var start = Current.Start;
        var whileStatement = new ScriptWhileStatement { Span = SpanOf(Current) };
        SkipKeyword();
        whileStatement.Condition = ExpectAndParseExpression(whileStatement, allowAssignment: false);
        if (ExpectEndOfStatement())
        {
            whileStatement.Body = ParseBlockStatement(whileStatement);
        }
        return Finish(whileStatement, start);
    }

    private ScriptCaptureStatement ParseCaptureStatement()
    {
        var start = Current.Start;
        var capture = new ScriptCaptureStatement { Span = SpanOf(Current) };
        SkipKeyword();
        capture.Target = ExpectAndParseExpression(capture);
        ExpectEndOfStatement();
        capture.Body = ParseBlockStatement(capture);
        return Finish(capture, start);
    }

    private ScriptWithStatement ParseWithStatement()
    {
        var start = Current.Start;
        var with = new ScriptWithStatement { Span = SpanOf(Current) };
        SkipKeyword();
        with.Name = ExpectAndParseExpression(with);
        if (ExpectEndOfStatement())
        {
            with.Body = ParseBlockStatement(with);
        }
        return Finish(with, start);
    }

    private ScriptWrapStatement ParseWrapStatement()
    {
        var start = Current.Start;
        var wrap = new ScriptWrapStatement { Span = SpanOf(Current) };
        SkipKeyword();
        wrap.Target = ExpectAndParseExpression(wrap);
        if (ExpectEndOfStatement())
        {
            wrap.Body = ParseBlockStatement(wrap);
        }
        return Finish(wrap, start);
    }

    private ScriptImportStatement ParseImportStatement()
    {
        var start = Current.Start;
        var import = new ScriptImportStatement { Span = SpanOf(Current) };
        SkipKeyword();
        import.Expression = ExpectAndParseExpression(import);
        ExpectEndOfStatement();
        return Finish(import, start);
    }

    private ScriptReadOnlyStatement ParseReadOnlyStatement()
    {
        var start = Current.Start;
        var readOnly = new ScriptReadOnlyStatement { Span = SpanOf(Current) };
        SkipKeyword();
        readOnly.Variable = ExpectAndParseVariable(readOnly);
        ExpectEndOfStatement();
        return Finish(readOnly, start);
    }

    private ScriptReturnStatement ParseReturnStatement()
    {
        var start = Current.Start;
        var ret = new ScriptReturnStatement { Span = SpanOf(Current) };
        SkipKeyword();
        if (IsStartOfExpression())
        {
            ret.Expression = ParseExpression(ret);
        }
        ExpectEndOfStatement();
        return Finish(ret, start);
    }
}
