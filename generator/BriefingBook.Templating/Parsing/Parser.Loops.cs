using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Loops: <c>for</c> and <c>tablerow</c> (with their <c>name: value</c> options), <c>while</c>, <c>break</c>, <c>continue</c>.</summary>
public sealed partial class Parser
{
    /// <summary><c>for.index</c> and the like read the loop variables: such a line is an expression, not a loop.</summary>
    private ScriptStatement ParseForOrExpression(bool isTableRow) =>
        PeekToken().Type == TokenType.Dot ? ParseExpressionStatement() : ParseForStatement(isTableRow);

    private ScriptForStatement ParseForStatement(bool isTableRow)
    {
        var forStatement = StartAtKeyword(new ScriptForStatement { IsTableRow = isTableRow });
        var start = forStatement.Span.Start;
        var variable = ExpectAndParseExpression(forStatement, mode: ParseExpressionMode.BasicExpression);
        if (variable is null)
        {
            return Finish(forStatement, start);
        }
        if (!IsVariablePath(variable))
        {
            LogError(forStatement, $"Expecting a variable instead of `{variable}`");
        }
        forStatement.Variable = variable is ScriptVariable { Scope: ScriptVariableScope.Global } global
            ? new ScriptVariable { Name = global.Name, Scope = ScriptVariableScope.Loop, Span = global.Span }
            : variable;
        if (Current.Type == TokenType.Identifier && GetText(Current) == "in")
        {
            SkipKeyword();
        }
        else
        {
            LogError(forStatement, $"Expecting 'in' word instead of `{GetText(Current)}`");
        }
        // The for statement is the parent of its iterator so that `limit: 2` and the like become its options.
        forStatement.Iterator = ExpectAndParseExpression(forStatement);
        forStatement.Body = ParseBodyAfterHead(forStatement);
        return Finish(forStatement, start);
    }

    private ScriptWhileStatement ParseWhileStatement()
    {
        var whileStatement = StartAtKeyword(new ScriptWhileStatement());
        whileStatement.Condition = ExpectAndParseExpression(whileStatement, allowAssignment: false);
        whileStatement.Body = ParseBodyAfterHead(whileStatement);
        return Finish(whileStatement, whileStatement.Span.Start);
    }

    /// <summary><c>break</c> or <c>continue</c>: the keyword alone on its statement.</summary>
    private ScriptStatement ParseLoopJump(ScriptStatement jump)
    {
        var start = StartAtKeyword(jump).Span.Start;
        ExpectEndOfStatement();
        return Finish(jump, start);
    }
}
