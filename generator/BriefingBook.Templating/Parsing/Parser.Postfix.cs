using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>The operand of an expression and what can follow it: member access, indexers, call arguments.</summary>
public sealed partial class Parser
{
    private ScriptExpression? ParsePrimary(ScriptNode? parent, ScriptFunctionCall? functionCall, int expressionCount, out bool isBlockDelegate)
    {
        isBlockDelegate = false;
        ScriptExpression? left = null;
        switch (Current.Type)
        {
            case TokenType.Identifier:
            case TokenType.IdentifierSpecial:
                left = ParseVariable();
                if (_isLiquid && parent is ScriptPipeCall && Current.Type == TokenType.Colon)
                {
                    NextToken();
                }
                if (left is ScriptVariable { Scope: ScriptVariableScope.Local, Name: "$" })
                {
                    if (expressionCount != 1 || _expressionLevel > 1)
                    {
                        LogError("Cannot use block delegate $$ in a nested expression");
                    }
                    if (parent is not ScriptExpressionStatement)
                    {
                        LogError(parent, "Cannot use block delegate $$ outside an expression statement");
                    }
                    isBlockDelegate = true;
                }
                break;
            case TokenType.Integer:
                left = ParseInteger();
                break;
            case TokenType.HexaInteger:
                left = ParseHexaInteger();
                break;
            case TokenType.BinaryInteger:
                left = ParseBinaryInteger();
                break;
            case TokenType.Float:
                left = ParseFloat();
                break;
            case TokenType.String:
                left = ParseString();
                break;
            case TokenType.ImplicitString:
                left = ParseImplicitString();
                break;
            case TokenType.VerbatimString:
                left = ParseVerbatimString();
                break;
            case TokenType.InterpolatedString:
            case TokenType.BeginInterpolatedString:
                left = ParseInterpolatedString();
                break;
            case TokenType.ContinuationInterpolatedString:
                left = ParseInterpolatedStringPart();
                break;
            case TokenType.OpenParen:
                left = ParseParenthesis();
                break;
            case TokenType.OpenBrace:
                left = ParseObjectInitializer();
                break;
            case TokenType.OpenInterpolatedBrace:
                left = ParseInterpolatedExpression();
                break;
            case TokenType.OpenBracket:
                left = ParseArrayInitializer();
                break;
            case TokenType.DoublePlus:
            case TokenType.DoubleMinus:
                left = ParseIncrementDecrement();
                break;
            default:
                if (IsStartingAsUnaryExpression())
                {
                    left = ParseUnaryExpression();
                }
                break;
        }

        if (left is null && !_isExpressionDepthLimitReached)
        {
            if (functionCall is not null)
            {
                LogError($"Unexpected token `{GetTextForLog(Current)}` while parsing function call `{functionCall}`");
            }
            else
            {
                LogError($"Unexpected token `{GetTextForLog(Current)}` while parsing expression");
            }
        }
        return left;
    }

    private ScriptExpression? ParseMemberAccess(ScriptExpression target)
    {
        var isNullConditional = Current.Type == TokenType.QuestionDot
            || target is ScriptMemberExpression { IsNullConditional: true };
        NextToken();
        var memberToken = Current;
        var name = GetText(memberToken);
        if ((name == "empty" || name == "blank") && PeekToken().Type == TokenType.Question)
        {
            NextToken();
            ExpectToken(TokenType.Question);
            return Finish(new ScriptIsEmptyExpression { Target = target }, target.Span.Start);
        }
        var member = ParseVariable();
        if (member is not ScriptVariable)
        {
            LogError($"Unexpected literal member `{member}`");
            return null;
        }
        return Finish(new ScriptMemberExpression
        {
            Target = target,
            Member = name,
            MemberSpan = SpanOf(memberToken),
            IsNullConditional = isNullConditional,
        }, target.Span.Start);
    }

    private ScriptIndexerExpression ParseIndexer(ScriptExpression target, ScriptFunctionCall? functionCall, ParseExpressionMode mode)
    {
        var indexer = new ScriptIndexerExpression { Target = target, Span = target.Span };
        NextToken();
        indexer.Index = ExpectAndParseExpression(indexer, functionCall, 0, $"Expecting <index_expression> instead of `{GetTextForLog(Current)}`", mode);
        if (Current.Type != TokenType.CloseBracket)
        {
            LogError($"Unexpected `{GetTextForLog(Current)}`. Expecting ']'");
        }
        else
        {
            NextToken();
        }
        return Finish(indexer, target.Span.Start);
    }

    private void ParseNamedArguments(ScriptNode? parent, ScriptForStatement? container, ScriptFunctionCall? functionCall)
    {
        while (Current.Type == TokenType.Identifier && (container is not null || PeekToken().Type == TokenType.Colon))
        {
            var start = Current.Start;
            var variable = ParseVariable();
            if (variable is not ScriptVariable name)
            {
                LogError(variable?.Span ?? CurrentSpan, "Invalid identifier passed as a named argument. Expecting a simple variable name");
                break;
            }
            var argument = new ScriptNamedArgument { Name = name.Name, Span = name.Span };
            if (container is not null)
            {
                container.NamedArguments.Add(argument);
            }
            else
            {
                functionCall!.Arguments.Add(argument);
            }
            if (Current.Type == TokenType.Colon)
            {
                NextToken();
                argument.Value = ExpectAndParseExpression(parent, mode: ParseExpressionMode.BasicExpression);
            }
            argument.Span = SpanFrom(start);
            if (functionCall is not null)
            {
                functionCall.Span = functionCall.Span with { End = argument.Span.End };
                if (argument.Value is ScriptAnonymousFunction)
                {
                    break;
                }
            }
        }
    }

    private void ParseExplicitArguments(ScriptFunctionCall functionCall)
    {
        functionCall.ExplicitCall = true;
        NextToken();
        var isFirst = true;
        var closed = false;
        while (true)
        {
            if (Current.Type == TokenType.CloseParen)
            {
                NextToken();
                closed = true;
                break;
            }
            if (!isFirst)
            {
                if (Current.Type == TokenType.Comma)
                {
                    NextToken();
                }
                else
                {
                    LogError(Current, "Expecting a comma to separate arguments in a function call.");
                }
            }
            isFirst = false;
            if (!IsStartOfExpression())
            {
                LogError(Current, "Expecting an expression for argument function calls instead of this token.");
                break;
            }
            var argument = ParseExpression(functionCall);
            if (argument is null)
            {
                break;
            }
            functionCall.Arguments.Add(argument);
        }
        if (!closed)
        {
            LogError(Current, "Expecting a closing parenthesis for a function call.");
        }
    }
}
