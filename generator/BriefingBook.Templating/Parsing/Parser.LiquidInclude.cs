using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Liquid's <c>include</c> tag: <c>include 'name'</c>, with <c>with value</c> or <c>for list</c> (the
/// value is set in a global named after the template) and <c>name: value</c> arguments set as globals.
/// </summary>
public sealed partial class Parser
{
    private ScriptStatement ParseLiquidInclude()
    {
        var start = Current.Start;
        var include = new ScriptFunctionCall { Target = (ScriptExpression)ParseVariable(), Span = CurrentSpan };
        var nameToken = Current;
        var templateName = ExpectAndParseExpression(include, mode: ParseExpressionMode.BasicExpression);
        if (templateName is not null)
        {
            if (!(templateName is ScriptLiteral { Value: string } || IsVariablePath(templateName)))
            {
                LogError(nameToken, $"Unexpected include template name `{templateName}` expecting a string or a variable path");
            }
            include.Arguments.Add(templateName);
        }
        Finish(include, start);
        var includeStatement = new ScriptExpressionStatement { Expression = include, Span = include.Span };

        ScriptForStatement? forStatement = null;
        ScriptBlockStatement? block = null;
        if (Current.Type == TokenType.Identifier)
        {
            var keyword = GetText(Current);
            if (keyword == "with")
            {
                NextToken();
                var assign = new ScriptAssignExpression { Target = GlobalNamed(templateName), Span = CurrentSpan };
                assign.Value = ExpectAndParseExpression(include, mode: ParseExpressionMode.BasicExpression);
                block = new ScriptBlockStatement { Span = include.Span };
                block.Statements.Add(new ScriptExpressionStatement { Expression = assign, Span = assign.Span });
                block.Statements.Add(includeStatement);
            }
            else if (keyword == "for")
            {
                NextToken();
                forStatement = new ScriptForStatement { Variable = GlobalNamed(templateName), Span = CurrentSpan };
                forStatement.Iterator = ExpectAndParseExpression(include, mode: ParseExpressionMode.BasicExpression);
                forStatement.Body = new ScriptBlockStatement { Span = include.Span };
                forStatement.Body.Statements.Add(includeStatement);
            }

            while (Current.Type == TokenType.Identifier)
            {
                var variableToken = Current;
                var variable = ParseVariable() as ScriptVariable;
                if (variable is null)
                {
                    LogError(variableToken, $"Unexpected variable name `{GetText(variableToken)}` found in include parameter");
                }
                if (Current.Type == TokenType.Colon)
                {
                    NextToken();
                }
                else
                {
                    LogError(Current, $"Unexpected token `{GetText(Current)}` after variable `{variable}`. Expecting a `:`");
                }
                if (block is null)
                {
                    block = new ScriptBlockStatement { Span = include.Span };
                    block.Statements.Add(includeStatement);
                }
                var assign = new ScriptAssignExpression { Target = variable, Span = SpanOf(variableToken) };
                assign.Value = ExpectAndParseExpression(include, mode: ParseExpressionMode.BasicExpression);
                block.Statements.Insert(0, new ScriptExpressionStatement { Expression = assign, Span = assign.Span });
                if (Current.Type == TokenType.Comma)
                {
                    NextToken();
                }
            }

            ExpectEndOfStatement();
            if (forStatement is not null)
            {
                if (block is null)
                {
                    return Finish(forStatement, start);
                }
                block.Statements.Add(forStatement);
            }
            if (block is not null)
            {
                return Finish(block, start);
            }
            return includeStatement;
        }

        ExpectEndOfStatement();
        return includeStatement;
    }

    private static ScriptIndexerExpression GlobalNamed(ScriptExpression? name) =>
        new() { Target = new ScriptThisExpression { Span = name?.Span ?? default }, Index = name, Span = name?.Span ?? default };
}
