using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Bracketed forms: <c>[...]</c>, <c>{...}</c> and <c>(...)</c>; inside the first two, new lines do not end the statement.</summary>
public sealed partial class Parser
{
    private ScriptExpression ParseArrayInitializer()
    {
        var array = new ScriptArrayInitializerExpression { Span = CurrentSpan };
        using (_tokens.HideNewLines())
        {
            NextToken();
            ParseSeparatedValues(array, TokenType.CloseBracket);
        }
        ExpectToken(TokenType.CloseBracket);
        return Finish(array, array.Span.Start);
    }

    /// <summary>Comma-separated values until the closing token or the first value that is not followed by a comma.</summary>
    private void ParseSeparatedValues(ScriptArrayInitializerExpression array, TokenType closing)
    {
        while (Current.Type != closing && ExpectAndParseExpression(array) is { } value)
        {
            array.Values.Add(value);
            if (Current.Type != TokenType.Comma)
            {
                return;
            }
            NextToken();
        }
    }

    private ScriptExpression ParseObjectInitializer()
    {
        var initializer = new ScriptObjectInitializerExpression { Span = CurrentSpan };
        bool isWellFormed;
        using (_tokens.HideNewLines())
        {
            NextToken();
            isWellFormed = ParseObjectMembers(initializer);
        }
        // A malformed member was reported already; the closing brace is not looked for.
        if (isWellFormed)
        {
            ExpectToken(TokenType.CloseBrace);
        }
        return Finish(initializer, initializer.Span.Start);
    }

    private bool ParseObjectMembers(ScriptObjectInitializerExpression initializer)
    {
        var lastMemberSeen = false;
        while (Current.Type != TokenType.CloseBrace)
        {
            if (lastMemberSeen || Current.Type is not (TokenType.Identifier or TokenType.String or TokenType.VerbatimString or TokenType.InterpolatedString))
            {
                LogError($"Unexpected token `{GetTextForLog(Current)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                return false;
            }
            if (ParseObjectMemberName() is not { } name)
            {
                return false;
            }
            if (Current.Type != TokenType.Colon)
            {
                LogError($"Unexpected token `{GetTextForLog(Current)}` Expecting a colon : after identifier `{name}` for object initializer member name");
                return false;
            }
            NextToken();
            if (!IsStartOfExpression())
            {
                LogError($"Unexpected token `{GetTextForLog(Current)}`. Expecting an expression for the value of the member.");
                return false;
            }
            if (ParseExpression(initializer) is not { } value)
            {
                return false;
            }
            initializer.Members.Add(new KeyValuePair<string, ScriptExpression>(name, value));
            if (Current.Type == TokenType.Comma)
            {
                NextToken();
            }
            else
            {
                lastMemberSeen = true;
            }
        }
        return true;
    }

    /// <summary>A member name: a plain identifier or a string; anything else is reported and gives null.</summary>
    private string? ParseObjectMemberName()
    {
        var token = Current;
        ScriptExpression written = token.Type switch
        {
            TokenType.Identifier => ParseVariable(),
            TokenType.String => ParseString(),
            TokenType.VerbatimString => ParseVerbatimString(),
            _ => ParseInterpolatedString(),
        };
        switch (written)
        {
            case ScriptVariable { Scope: ScriptVariableScope.Global } variable:
                return variable.Name;
            case ScriptLiteral { Value: string text }:
                return text;
            case ScriptVariable:
                LogError("Expecting a simple identifier for member names");
                return null;
            case ScriptLiteral literal:
                LogError(token, $"Invalid literal member `{literal.Value}/{literal.Value?.GetType()}` found for object initializer member name. Only literal string or identifier name are allowed");
                return null;
            default:
                LogError(token, $"Unexpected member type `{written}/{ScriptSyntax.Describe(written).Name}` found for object initializer member name");
                return null;
        }
    }

    private ScriptExpression ParseParenthesis()
    {
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
        return Finish(nested, nested.Span.Start);
    }
}
