using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Expressions, Pratt style: an operand from a prefix parselet, then infix parselets chosen by the token that
/// follows, binary operators binding by <see cref="OperatorTable"/>. Scriban's calls without parentheses
/// (<c>f a b</c>) are gathered in a pending call of the expression under way.
/// </summary>
public sealed partial class Parser
{
    /// <summary>What an infix parselet tells the expression loop to do next.</summary>
    private enum Step
    {
        /// <summary>Look for another infix form after the operand.</summary>
        Continue,

        /// <summary>The expression ends here; a pending call takes the operand as its last argument.</summary>
        Stop,

        /// <summary>The operand was an argument of the pending call: parse the next operand.</summary>
        NextOperand,

        /// <summary>The operand is the whole expression as it stands.</summary>
        Return,

        /// <summary>The expression could not be built.</summary>
        Fail,
    }

    /// <summary>Where an expression is parsed and what it has gathered so far.</summary>
    private struct ExpressionFrame
    {
        public ScriptNode? Parent;

        /// <summary>The expression this one is an operand of; a call without parentheses cannot start inside it.</summary>
        public ScriptExpression? Enclosing;

        /// <summary>Only operators binding strictly tighter than this are taken; 0 takes everything.</summary>
        public int MinPower;

        public ParseExpressionMode Mode;

        /// <summary>A <c>when</c> value, where a top-level <c>||</c> separates values.</summary>
        public bool IsWhenValue;

        public bool AllowAssignment;

        public int OperandCount;

        public ScriptFunctionCall? PendingCall;

        public readonly bool IsNested => MinPower > 0;
    }

    private ScriptExpression? ExpectAndParseExpression(ScriptNode? parent, ScriptExpression? enclosing = null, int minPower = 0,
        string? message = null, ParseExpressionMode mode = ParseExpressionMode.Default, bool allowAssignment = true)
    {
        if (IsStartOfExpression())
        {
            return ParseExpression(parent, enclosing, minPower, mode, allowAssignment);
        }
        LogError(parent, CurrentSpan, message ?? $"Expecting <expression> instead of `{GetTextForLog(Current)}`");
        return null;
    }

    private ScriptExpression? ParseExpression(ScriptNode? parent, ScriptExpression? enclosing = null, int minPower = 0,
        ParseExpressionMode mode = ParseExpressionMode.Default, bool allowAssignment = true)
    {
        if (_nesting.Tripped)
        {
            return null;
        }
        var frame = new ExpressionFrame
        {
            Parent = parent,
            Enclosing = enclosing,
            MinPower = minPower,
            Mode = mode == ParseExpressionMode.WhenExpression ? ParseExpressionMode.Default : mode,
            IsWhenValue = mode == ParseExpressionMode.WhenExpression,
            AllowAssignment = allowAssignment,
        };
        _openExpressions++;
        using var level = _nesting.Open();
        try
        {
            Deepen();
            return ParseOperandsAndInfixes(ref frame);
        }
        finally
        {
            _openExpressions--;
        }
    }

    private ScriptExpression? ParseOperandsAndInfixes(ref ExpressionFrame frame)
    {
        while (true)
        {
            frame.OperandCount++;
            if (_nesting.Tripped)
            {
                return null;
            }
            var operand = ParseOperand(ref frame, out var isBlockDelegate);
            if (operand is null || isBlockDelegate)
            {
                return operand;
            }
            var step = operand is ScriptAnonymousFunction ? Step.Stop : ParseInfixes(ref frame, ref operand);
            switch (step)
            {
                case Step.NextOperand:
                    continue;
                case Step.Return:
                    return operand;
                case Step.Fail:
                    return null;
                default:
                    return CloseCall(ref frame, operand);
            }
        }
    }

    private Step ParseInfixes(ref ExpressionFrame frame, ref ScriptExpression operand)
    {
        while (true)
        {
            var step = ParseInfix(ref frame, ref operand);
            if (step != Step.Continue)
            {
                return step;
            }
            // Past the nesting limit operands come back empty without reading a token: the same infix would repeat forever.
            if (_nesting.Tripped)
            {
                return Step.Stop;
            }
        }
    }

    /// <summary>One infix form after the operand, chosen by the current token; the order of the checks is the grammar's.</summary>
    private Step ParseInfix(ref ExpressionFrame frame, ref ScriptExpression operand)
    {
        if (Current.Type is TokenType.EndingInterpolatedString or TokenType.CloseInterpolatedBrace
            or TokenType.ContinuationInterpolatedString or TokenType.OpenInterpolatedBrace)
        {
            return Step.Stop;
        }
        if (_isLiquid && Current.Type == TokenType.Comma && frame.PendingCall is not null)
        {
            NextToken();
        }
        if (Current.Type == TokenType.Dot || (!_isLiquid && Current.Type == TokenType.QuestionDot))
        {
            return ParseMemberInfix(ref operand);
        }
        if (Current.Type is TokenType.DoublePlus or TokenType.DoubleMinus)
        {
            operand = ParsePostfixIncrement(operand);
        }
        if (Current.Type == TokenType.OpenBracket && !_tokens.FollowsWhitespace
            && (IsVariablePath(operand) || operand is ScriptLiteral or ScriptFunctionCall))
        {
            operand = ParseIndexer(operand, frame.PendingCall, frame.Mode);
            return Step.Continue;
        }
        if (frame.Mode == ParseExpressionMode.BasicExpression)
        {
            return Step.Stop;
        }
        if (Current.Type == TokenType.Colon && frame.Mode != ParseExpressionMode.DefaultNoNamedArgument)
        {
            return ParseNamedArgumentInfix(ref frame, ref operand);
        }
        if (Current.Type == TokenType.Equal && operand is ScriptFunctionCall call && AsFunctionHead(call) is { } declaration)
        {
            operand = ParseOneLineFunction(ref frame, call, declaration);
            return Step.Stop;
        }
        if (OperatorTable.TryGetAssignment(Current.Type, out var compound))
        {
            operand = ParseAssignment(ref frame, operand, compound);
            return Step.Stop;
        }
        // The token's text only where it can be an operator word: Liquid's identifiers (and, or, contains).
        var word = _lexer.Options.Lang == ScriptLang.Liquid && Current.Type == TokenType.Identifier ? GetText(Current) : null;
        if (OperatorTable.TryGetBinary(Current.Type, _lexer.Options.Lang, word, out var op, out var power))
        {
            if ((frame.IsWhenValue && op == ScriptBinaryOperator.Or) || power <= frame.MinPower)
            {
                return Step.Stop;
            }
            operand = ParseBinaryRight(ref frame, operand, op, power, written: true);
            return Step.Continue;
        }
        if (!_isLiquid && Current.Type == TokenType.Question)
        {
            if (frame.IsNested)
            {
                return Step.Stop;
            }
            operand = ParseConditional(ref frame, operand);
            return Step.Stop;
        }
        if (IsStartOfExpression())
        {
            return frame.Enclosing is null ? ParseJuxtaposition(ref frame, ref operand) : Step.Stop;
        }
        if (frame.IsNested)
        {
            return Step.Stop;
        }
        if (!_isScientific && frame.Parent is ScriptPipeCall && frame.PendingCall is null && IsVariablePath(operand))
        {
            // A bare name after a pipe is a call of that name with the piped value.
            operand = new ScriptFunctionCall { Target = operand, Span = operand.Span };
        }
        if (IsCurrentPipe())
        {
            operand = ParsePipe(ref frame, operand);
            return Step.Return;
        }
        return Step.Stop;
    }

    /// <summary>Ends the pending call, if any, with the operand as its last argument.</summary>
    private ScriptExpression CloseCall(ref ExpressionFrame frame, ScriptExpression operand)
    {
        if (frame.PendingCall is not { } call)
        {
            return operand;
        }
        frame.PendingCall = null;
        call.Arguments.Add(operand);
        return Finish(call, call.Span.Start);
    }
}
