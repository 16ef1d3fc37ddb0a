using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Conditional statements: <c>if</c>/<c>else if</c>/<c>else</c> (and Liquid's <c>unless</c>), <c>case</c>/<c>when</c>.</summary>
public sealed partial class Parser
{
    /// <param name="start">Where the statement starts: the <c>else</c> of an <c>else if</c>, the keyword otherwise.</param>
    private ScriptIfStatement ParseIfStatement(bool isElseIf, TextPosition start, bool invert = false)
    {
        var ifStatement = StartAtKeyword(new ScriptIfStatement { IsElseIf = isElseIf, IsInverted = invert });
        ifStatement.Span = ifStatement.Span with { Start = start };
        ifStatement.Condition = ExpectAndParseExpression(ifStatement, allowAssignment: false);
        ifStatement.Then = ParseBodyAfterHead(ifStatement);
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
        var elseStatement = StartAtKeyword(new ScriptElseStatement());
        elseStatement.Body = ParseBodyAfterHead(elseStatement);
        return Finish(elseStatement, start);
    }

    private ScriptCaseStatement ParseCaseStatement()
    {
        var caseStatement = StartAtKeyword(new ScriptCaseStatement());
        caseStatement.Value = ExpectAndParseExpression(caseStatement, allowAssignment: false);
        caseStatement.Body = ParseBodyAfterHead(caseStatement);
        return Finish(caseStatement, caseStatement.Span.Start);
    }

    /// <summary><c>when a, b || c</c>: the values are separated by commas or by <c>||</c> (Liquid: <c>or</c>).</summary>
    private ScriptWhenStatement ParseWhenStatement()
    {
        var when = StartAtKeyword(new ScriptWhenStatement());
        while (IsStartOfExpression() && ParseExpression(when, mode: ParseExpressionMode.WhenExpression, allowAssignment: false) is { } value)
        {
            when.Values.Add(value);
            if (IsWhenSeparator())
            {
                NextToken();
            }
        }
        if (when.Values.Count == 0)
        {
            LogError(Current, "When is expecting at least one value.");
        }
        when.Body = ParseBodyAfterHead(when);
        return Finish(when, when.Span.Start);
    }

    private bool IsWhenSeparator() =>
        Current.Type == TokenType.Comma || (_isLiquid ? GetText(Current) == "or" : Current.Type == TokenType.DoubleVerticalBar);
}
