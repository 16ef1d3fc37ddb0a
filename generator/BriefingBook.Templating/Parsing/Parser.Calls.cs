using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Calls: Scriban's calls by juxtaposition (<c>f a b</c>, <c>f name: value</c>) and calls with parentheses.</summary>
public sealed partial class Parser
{
    /// <summary>Another expression follows the operand with no operator between: an argument, a call or, in scientific mode, a product.</summary>
    private Step ParseJuxtaposition(ref ExpressionFrame frame, ref ScriptExpression operand)
    {
        var forStatement = frame.Parent as ScriptForStatement;
        if (!_isScientific && Current.Type == TokenType.Identifier && (forStatement is not null || (!_isLiquid && PeekToken().Type == TokenType.Colon)))
        {
            return ParseNamedArgumentsAfter(ref frame, ref operand, forStatement);
        }

        var isParenthesized = Current.Type == TokenType.OpenParen && !_tokens.FollowsWhitespace;
        if (frame.PendingCall is not null && !isParenthesized)
        {
            frame.PendingCall.Arguments.Add(operand);
            return Step.NextOperand;
        }
        if (_isScientific && !isParenthesized)
        {
            if (OperatorTable.ProductPower <= frame.MinPower)
            {
                return Step.Stop;
            }
            operand = ParseBinaryRight(ref frame, operand, ScriptBinaryOperator.Multiply, OperatorTable.ProductPower, written: false);
            return Step.Continue;
        }

        var call = new ScriptFunctionCall { Target = ToLiquidBuiltin(operand), Span = operand.Span };
        if (!isParenthesized)
        {
            frame.PendingCall = call;
            return Step.NextOperand;
        }
        ParseParenthesizedArguments(call);
        operand = Finish(call, operand.Span.Start);
        return Step.Continue;
    }

    /// <summary><c>f name: value ...</c>, or the <c>limit:</c>-style options of a <c>for</c>.</summary>
    private Step ParseNamedArgumentsAfter(ref ExpressionFrame frame, ref ScriptExpression operand, ScriptForStatement? forStatement)
    {
        if (forStatement is null)
        {
            if (frame.PendingCall is null)
            {
                frame.PendingCall = new ScriptFunctionCall { Target = operand, Span = operand.Span };
            }
            else
            {
                frame.PendingCall.Arguments.Add(operand);
            }
        }
        ParseNamedArguments(frame.Parent, forStatement, frame.PendingCall);
        if (forStatement is null && IsStartOfExpression())
        {
            return Step.NextOperand;
        }
        if (frame.PendingCall is { } call)
        {
            frame.PendingCall = null;
            operand = Finish(call, call.Span.Start);
        }
        return IsCurrentPipe() ? Step.Continue : Step.Stop;
    }

    private void ParseNamedArguments(ScriptNode? parent, ScriptForStatement? forStatement, ScriptFunctionCall? call)
    {
        while (Current.Type == TokenType.Identifier && (forStatement is not null || PeekToken().Type == TokenType.Colon))
        {
            var start = Current.Start;
            var name = ParseVariable();
            if (name is not ScriptVariable variable)
            {
                LogError(name.Span, "Invalid identifier passed as a named argument. Expecting a simple variable name");
                return;
            }
            var argument = new ScriptNamedArgument { Name = variable.Name, Span = variable.Span };
            if (forStatement is not null)
            {
                forStatement.NamedArguments.Add(argument);
            }
            else
            {
                call!.Arguments.Add(argument);
            }
            if (Current.Type == TokenType.Colon)
            {
                NextToken();
                argument.Value = ExpectAndParseExpression(parent, mode: ParseExpressionMode.BasicExpression);
            }
            argument.Span = SpanFrom(start);
            if (call is null)
            {
                continue;
            }
            call.Span = call.Span with { End = argument.Span.End };
            if (argument.Value is ScriptAnonymousFunction)
            {
                return;
            }
        }
    }

    /// <summary><c>f(a, b)</c>: arguments up to the closing parenthesis, each a full expression.</summary>
    private void ParseParenthesizedArguments(ScriptFunctionCall call)
    {
        call.ExplicitCall = true;
        NextToken();
        for (var index = 0; ; index++)
        {
            if (Current.Type == TokenType.CloseParen)
            {
                NextToken();
                return;
            }
            if (index > 0 && Current.Type == TokenType.Comma)
            {
                NextToken();
            }
            else if (index > 0)
            {
                LogError(Current, "Expecting a comma to separate arguments in a function call.");
            }
            if (!IsStartOfExpression())
            {
                LogError(Current, "Expecting an expression for argument function calls instead of this token.");
                break;
            }
            if (ParseExpression(call) is not { } argument)
            {
                break;
            }
            call.Arguments.Add(argument);
        }
        LogError(Current, "Expecting a closing parenthesis for a function call.");
    }

    /// <summary>In Liquid, a call of a filter name becomes a call of the builtin it stands for.</summary>
    private ScriptExpression ToLiquidBuiltin(ScriptExpression target)
    {
        if (!_isLiquid || !Options.LiquidFunctionsToScriban || target is not ScriptVariable { Scope: ScriptVariableScope.Global } variable
            || !Runtime.LiquidFilterNames.TryGetBuiltin(variable.Name, out var ns, out var member))
        {
            return target;
        }
        return new ScriptMemberExpression
        {
            Target = new ScriptVariable { Name = ns, Span = variable.Span },
            Member = member,
            MemberSpan = variable.Span,
            Span = variable.Span,
        };
    }
}
