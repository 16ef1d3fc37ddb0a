using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Interpolated strings: the lexer cuts <c>$"a {x} b"</c> into text parts around the expressions in braces.</summary>
public sealed partial class Parser
{
    private ScriptExpression ParseInterpolatedString()
    {
        var interpolated = new ScriptInterpolatedStringExpression { Span = CurrentSpan };
        var hasExpressions = Current.Type != TokenType.InterpolatedString;
        interpolated.Parts.Add(ParseInterpolatedStringPart());
        if (hasExpressions)
        {
            while (Current.Type != TokenType.EndingInterpolatedString && ParseExpression(interpolated) is { } part)
            {
                interpolated.Parts.Add(part);
            }
            if (Current.Type == TokenType.EndingInterpolatedString)
            {
                interpolated.Parts.Add(ParseInterpolatedStringPart());
            }
        }
        return Finish(interpolated, interpolated.Span.Start);
    }

    private ScriptExpression ParseInterpolatedExpression()
    {
        var braced = new ScriptInterpolatedExpression { Span = CurrentSpan };
        NextToken();
        braced.Expression = ExpectAndParseExpression(braced);
        if (Current.Type == TokenType.CloseInterpolatedBrace)
        {
            NextToken();
        }
        else
        {
            LogError(CurrentSpan, "Opened interpolated expression not closed on the same line.");
        }
        return Finish(braced, braced.Span.Start);
    }
}
