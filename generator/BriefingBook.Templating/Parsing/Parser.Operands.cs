using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>The prefix parselets: the operand an expression starts with, chosen by its first token.</summary>
public sealed partial class Parser
{
    private ScriptExpression? ParseOperand(ref ExpressionFrame frame, out bool isBlockDelegate)
    {
        isBlockDelegate = false;
        ScriptExpression? operand = Current.Type switch
        {
            TokenType.Identifier or TokenType.IdentifierSpecial => ParseNameOperand(ref frame, out isBlockDelegate),
            TokenType.Integer => ParseInteger(),
            TokenType.HexaInteger => ParseHexaInteger(),
            TokenType.BinaryInteger => ParseBinaryInteger(),
            TokenType.Float => ParseFloat(),
            TokenType.String => ParseString(),
            TokenType.ImplicitString => ParseImplicitString(),
            TokenType.VerbatimString => ParseVerbatimString(),
            TokenType.InterpolatedString or TokenType.BeginInterpolatedString => ParseInterpolatedString(),
            TokenType.ContinuationInterpolatedString => ParseInterpolatedStringPart(),
            TokenType.OpenParen => ParseParenthesis(),
            TokenType.OpenBrace => ParseObjectInitializer(),
            TokenType.OpenInterpolatedBrace => ParseInterpolatedExpression(),
            TokenType.OpenBracket => ParseArrayInitializer(),
            TokenType.DoublePlus or TokenType.DoubleMinus => ParsePrefixIncrement(),
            _ when IsStartingAsUnaryExpression() => ParseUnaryExpression(),
            _ => null,
        };
        if (operand is null && !_nesting.Tripped)
        {
            LogError(frame.PendingCall is { } call
                ? $"Unexpected token `{GetTextForLog(Current)}` while parsing function call `{call}`"
                : $"Unexpected token `{GetTextForLog(Current)}` while parsing expression");
        }
        return operand;
    }

    private ScriptExpression ParseNameOperand(ref ExpressionFrame frame, out bool isBlockDelegate)
    {
        var name = ParseVariable();
        if (_isLiquid && frame.Parent is ScriptPipeCall && Current.Type == TokenType.Colon)
        {
            // Liquid writes a filter's arguments after a colon: `value | filter: a, b`.
            NextToken();
        }
        isBlockDelegate = name is ScriptVariable { Scope: ScriptVariableScope.Local, Name: "$" };
        if (isBlockDelegate)
        {
            if (frame.OperandCount != 1 || _openExpressions > 1)
            {
                LogError("Cannot use block delegate $$ in a nested expression");
            }
            if (frame.Parent is not ScriptExpressionStatement)
            {
                LogError(frame.Parent, "Cannot use block delegate $$ outside an expression statement");
            }
        }
        return name;
    }

    private ScriptExpression ParseUnaryExpression()
    {
        var start = Current.Start;
        var unary = new ScriptUnaryExpression { Span = CurrentSpan };
        var type = Current.Type;
        NextToken();
        unary.Operator = type switch
        {
            TokenType.Exclamation => ScriptUnaryOperator.Not,
            TokenType.Minus => ScriptUnaryOperator.Negate,
            TokenType.Plus => ScriptUnaryOperator.Plus,
            TokenType.Arroba => ScriptUnaryOperator.FunctionAlias,
            TokenType.Caret or TokenType.DoubleCaret => ScriptUnaryOperator.FunctionParametersExpand,
            _ => ScriptUnaryOperator.None,
        };
        if (unary.Operator == ScriptUnaryOperator.None)
        {
            LogError($"Unexpected token `{type}` for unary expression");
        }
        // A function alias names a function (a variable or a member path); what follows are arguments of the enclosing call.
        var mode = unary.Operator == ScriptUnaryOperator.FunctionAlias ? ParseExpressionMode.BasicExpression : ParseExpressionMode.Default;
        unary.Right = ExpectAndParseExpression(unary, null, OperatorTable.PrefixPower, mode: mode);
        return Finish(unary, start);
    }

    private ScriptExpression ParsePrefixIncrement()
    {
        var start = Current.Start;
        var increment = new ScriptIncrementDecrementExpression { IsIncrement = Current.Type == TokenType.DoublePlus, Span = CurrentSpan };
        NextToken();
        increment.Target = ExpectAndParseExpression(increment, null, OperatorTable.IncrementPower);
        if (!IsVariablePath(increment.Target))
        {
            LogError("The operand of an increment or decrement operator must be a variable, property or indexer");
        }
        return Finish(increment, start);
    }

    private bool IsStartOfExpression() => IsStartingAsUnaryExpression() || Current.Type is TokenType.Identifier or TokenType.IdentifierSpecial
        or TokenType.Integer or TokenType.HexaInteger or TokenType.BinaryInteger or TokenType.Float or TokenType.String
        or TokenType.BeginInterpolatedString or TokenType.ContinuationInterpolatedString or TokenType.EndingInterpolatedString
        or TokenType.InterpolatedString or TokenType.ImplicitString or TokenType.VerbatimString
        or TokenType.OpenParen or TokenType.OpenBrace or TokenType.OpenBracket;

    private bool IsStartingAsUnaryExpression() => Current.Type switch
    {
        TokenType.Exclamation or TokenType.Minus or TokenType.Plus or TokenType.Arroba or TokenType.DoublePlus or TokenType.DoubleMinus => true,
        TokenType.Caret => !_isScientific,
        TokenType.DoubleCaret => _isScientific,
        _ => false,
    };

    private void ExpectToken(TokenType type)
    {
        if (Current.Type != type)
        {
            LogError(CurrentSpan, $"Unexpected token found `{GetTextForLog(Current)}` while expecting `{type.ToText()}`.");
        }
        NextToken();
    }
}
