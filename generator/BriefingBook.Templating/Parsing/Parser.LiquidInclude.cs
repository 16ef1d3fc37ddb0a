using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Liquid's <c>include</c> tag: <c>include name</c>, then <c>with value</c> (the value is set in a global named after
/// the template) or <c>for list</c> (the template is included for each item, set in that global), then
/// <c>key: value</c> arguments, set as globals before anything else.
/// </summary>
public sealed partial class Parser
{
    private ScriptStatement ParseLiquidInclude()
    {
        var start = Current.Start;
        var call = ParseIncludeCall();
        var include = new ScriptExpressionStatement { Expression = call, Span = call.Span };
        if (Current.Type != TokenType.Identifier)
        {
            ExpectEndOfStatement();
            return include;
        }
        var templateName = call.Arguments.Count > 0 ? call.Arguments[0] : null;
        var word = GetText(Current);
        var withValue = word == "with" ? ParseIncludeWith(call, templateName) : null;
        var forEach = word == "for" ? ParseIncludeFor(call, templateName, include) : null;
        var arguments = ParseIncludeArguments(call);
        ExpectEndOfStatement();

        if (forEach is not null && arguments.Count == 0)
        {
            return Finish(forEach, start);
        }
        // The arguments come first, last written first; the template is then included once more, or once per item.
        var block = new ScriptBlockStatement();
        block.Statements.AddRange(Enumerable.Reverse(arguments));
        if (withValue is not null)
        {
            block.Statements.Add(withValue);
        }
        block.Statements.Add(include);
        if (forEach is not null)
        {
            block.Statements.Add(forEach);
        }
        return Finish(block, start);
    }

    /// <summary><c>include name</c>: a call of <c>include</c> on the template name, a string or a variable path.</summary>
    private ScriptFunctionCall ParseIncludeCall()
    {
        var start = Current.Start;
        var call = new ScriptFunctionCall { Target = ParseVariable() };
        call.Span = CurrentSpan;
        var nameToken = Current;
        if (ExpectAndParseExpression(call, mode: ParseExpressionMode.BasicExpression) is { } templateName)
        {
            if (templateName is not ScriptLiteral { Value: string } && !IsVariablePath(templateName))
            {
                LogError(nameToken, $"Unexpected include template name `{templateName}` expecting a string or a variable path");
            }
            call.Arguments.Add(templateName);
        }
        return Finish(call, start);
    }

    /// <summary><c>with value</c>: the value set in the global named after the template.</summary>
    private ScriptExpressionStatement ParseIncludeWith(ScriptFunctionCall call, ScriptExpression? templateName)
    {
        NextToken();
        var assign = new ScriptAssignExpression { Target = GlobalNamed(templateName), Span = CurrentSpan };
        assign.Value = ExpectAndParseExpression(call, mode: ParseExpressionMode.BasicExpression);
        return new ScriptExpressionStatement { Expression = assign, Span = assign.Span };
    }

    /// <summary><c>for list</c>: a loop whose variable is the global named after the template, and whose body is the include.</summary>
    private ScriptForStatement ParseIncludeFor(ScriptFunctionCall call, ScriptExpression? templateName, ScriptStatement include)
    {
        NextToken();
        var loop = new ScriptForStatement { Variable = GlobalNamed(templateName), Span = CurrentSpan };
        loop.Iterator = ExpectAndParseExpression(call, mode: ParseExpressionMode.BasicExpression);
        loop.Body = new ScriptBlockStatement { Span = call.Span };
        loop.Body.Statements.Add(include);
        return loop;
    }

    /// <summary><c>key: value, ...</c>: each an assignment of a global, in the order written.</summary>
    private List<ScriptStatement> ParseIncludeArguments(ScriptFunctionCall call)
    {
        var arguments = new List<ScriptStatement>();
        while (Current.Type == TokenType.Identifier)
        {
            var keyToken = Current;
            var key = ParseVariable() as ScriptVariable;
            if (key is null)
            {
                LogError(keyToken, $"Unexpected variable name `{GetText(keyToken)}` found in include parameter");
            }
            if (!TryTake(TokenType.Colon))
            {
                LogError(Current, $"Unexpected token `{GetText(Current)}` after variable `{key}`. Expecting a `:`");
            }
            var assign = new ScriptAssignExpression { Target = key, Span = SpanOf(keyToken) };
            assign.Value = ExpectAndParseExpression(call, mode: ParseExpressionMode.BasicExpression);
            arguments.Add(new ScriptExpressionStatement { Expression = assign, Span = assign.Span });
            TryTake(TokenType.Comma);
        }
        return arguments;
    }

    /// <summary>The global whose name is the value of <paramref name="name"/>: <c>this[name]</c>.</summary>
    private static ScriptIndexerExpression GlobalNamed(ScriptExpression? name) =>
        new() { Target = new ScriptThisExpression { Span = name?.Span ?? default }, Index = name, Span = name?.Span ?? default };
}
