using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Bracketed forms: <c>[...]</c>, <c>{...}</c>, <c>(...)</c> and interpolated strings.</summary>
public sealed partial class Parser
{
    private ScriptExpression ParseArrayInitializer()
    {
        var start = Current.Start;
        var array = new ScriptArrayInitializerExpression { Span = CurrentSpan };
        _allowNewLineLevel++;
        NextToken();
        while (Current.Type != TokenType.CloseBracket)
        {
            var value = ExpectAndParseExpression(array);
            if (value is null)
            {
                break;
            }
            array.Values.Add(value);
            if (Current.Type != TokenType.Comma)
            {
                break;
            }
            NextToken();
        }
        _allowNewLineLevel--;
        ExpectToken(TokenType.CloseBracket);
        return Finish(array, start);
    }

    private ScriptExpression ParseObjectInitializer()
    {
        var start = Current.Start;
        var initializer = new ScriptObjectInitializerExpression { Span = CurrentSpan };
        _allowNewLineLevel++;
        NextToken();
        var hasErrors = false;
        var expectingEnd = false;
        while (Current.Type != TokenType.CloseBrace)
        {
            if (expectingEnd || !(Current.Type == TokenType.Identifier || Current.Type is TokenType.String or TokenType.VerbatimString or TokenType.InterpolatedString))
            {
                hasErrors = true;
                LogError($"Unexpected token `{GetTextForLog(Current)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                break;
            }
            var before = Current;
            var nameExpression = Current.Type switch
            {
                TokenType.Identifier => ParseVariable(),
                TokenType.String => ParseString(),
                TokenType.VerbatimString => ParseVerbatimString(),
                _ => ParseInterpolatedString(),
            };
            string? name = null;
            switch (nameExpression)
            {
                case ScriptVariable { Scope: ScriptVariableScope.Global } variable:
                    name = variable.Name;
                    break;
                case ScriptVariable:
                    hasErrors = true;
                    LogError("Expecting a simple identifier for member names");
                    break;
                case ScriptLiteral { Value: string text }:
                    name = text;
                    break;
                case ScriptLiteral literal:
                    hasErrors = true;
                    LogError(before, $"Invalid literal member `{literal.Value}/{literal.Value?.GetType()}` found for object initializer member name. Only literal string or identifier name are allowed");
                    break;
                default:
                    hasErrors = true;
                    LogError(before, $"Unexpected member type `{nameExpression}/{ScriptSyntax.Describe(nameExpression).Name}` found for object initializer member name");
                    break;
            }
            if (name is null)
            {
                break;
            }
            if (Current.Type != TokenType.Colon)
            {
                hasErrors = true;
                LogError($"Unexpected token `{GetTextForLog(Current)}` Expecting a colon : after identifier `{name}` for object initializer member name");
                break;
            }
            NextToken();
            if (!IsStartOfExpression())
            {
                hasErrors = true;
                LogError($"Unexpected token `{GetTextForLog(Current)}`. Expecting an expression for the value of the member.");
                break;
            }
            var value = ParseExpression(initializer);
            if (value is null)
            {
                hasErrors = true;
                break;
            }
            initializer.Members.Add(new KeyValuePair<string, ScriptExpression>(name, value));
            if (Current.Type == TokenType.Comma)
            {
                NextToken();
            }
            else
            {
                expectingEnd = true;
            }
        }
        _allowNewLineLevel--;
        if (!hasErrors)
        {
            ExpectToken(TokenType.CloseBrace);
        }
        return Finish(initializer, start);
    }

    private ScriptExpression ParseParenthesis()
    {
        var start = Current.Start;
        var nested = new ScriptNestedExpression { Span = CurrentSpan };
        NextToken();
        nested.Expression = ExpectAndParseExpression(nested);
        if (Current.Type == TokenType.CloseParen)
        {
            NextToken();
        }
        else
        {
            LogError(Current, $"Invalid token `{GetTextForLog(Current)}`. Expecting a closing `)`.");
        }
        return Finish(nested, start);
    }

    private ScriptExpression ParseInterpolatedString()
    {
        var start = Current.Start;
        var interpolated = new ScriptInterpolatedStringExpression { Span = CurrentSpan };
        var isSingle = Current.Type == TokenType.InterpolatedString;
        interpolated.Parts.Add(ParseInterpolatedStringPart());
        if (!isSingle)
        {
            while (Current.Type != TokenType.EndingInterpolatedString)
            {
                var part = ParseExpression(interpolated);
                if (part is null)
                {
                    break;
                }
                interpolated.Parts.Add(part);
            }
            if (Current.Type == TokenType.EndingInterpolatedString)
            {
                interpolated.Parts.Add(ParseInterpolatedStringPart());
            }
        }
        return Finish(interpolated, start);
    }

    private ScriptExpression ParseInterpolatedExpression()
    {
        var start = Current.Start;
        var expression = new ScriptInterpolatedExpression { Span = CurrentSpan };
        NextToken();
        expression.Expression = ExpectAndParseExpression(expression);
        if (Current.Type != TokenType.CloseInterpolatedBrace)
        {
            LogError(CurrentSpan, "Opened interpolated expression not closed on the same line.");
        }
        else
        {
            NextToken();
        }
        return Finish(expression, start);
    }
}
