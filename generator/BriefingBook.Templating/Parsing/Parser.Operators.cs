using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Operator tokens, their precedence, and the prefix operators.</summary>
public sealed partial class Parser
{
    private bool TryBinaryOperator(out ScriptBinaryOperator op, out int precedence)
    {
        op = Current.Type switch
        {
            TokenType.Asterisk => ScriptBinaryOperator.Multiply,
            TokenType.Divide => ScriptBinaryOperator.Divide,
            TokenType.DoubleDivide => ScriptBinaryOperator.DivideRound,
            TokenType.Plus => ScriptBinaryOperator.Add,
            TokenType.Minus => ScriptBinaryOperator.Subtract,
            TokenType.Percent => ScriptBinaryOperator.Modulus,
            TokenType.DoubleLessThan => ScriptBinaryOperator.ShiftLeft,
            TokenType.DoubleGreaterThan => ScriptBinaryOperator.ShiftRight,
            TokenType.DoubleQuestion => ScriptBinaryOperator.EmptyCoalescing,
            TokenType.QuestionExclamation => ScriptBinaryOperator.NotEmptyCoalescing,
            TokenType.DoubleAmp => ScriptBinaryOperator.And,
            TokenType.DoubleVerticalBar => ScriptBinaryOperator.Or,
            TokenType.DoubleEqual => ScriptBinaryOperator.CompareEqual,
            TokenType.ExclamationEqual => ScriptBinaryOperator.CompareNotEqual,
            TokenType.Greater => ScriptBinaryOperator.CompareGreater,
            TokenType.GreaterEqual => ScriptBinaryOperator.CompareGreaterOrEqual,
            TokenType.Less => ScriptBinaryOperator.CompareLess,
            TokenType.LessEqual => ScriptBinaryOperator.CompareLessOrEqual,
            TokenType.DoubleDot => ScriptBinaryOperator.RangeInclude,
            TokenType.DoubleDotLess => ScriptBinaryOperator.RangeExclude,
            TokenType.Caret when _isScientific => ScriptBinaryOperator.Power,
            TokenType.Amp when _isScientific => ScriptBinaryOperator.BinaryAnd,
            TokenType.VerticalBar when _isScientific => ScriptBinaryOperator.BinaryOr,
            _ => ScriptBinaryOperator.None,
        };
        precedence = GetPrecedence(op);
        return op != ScriptBinaryOperator.None;
    }

    private bool TryLiquidBinaryOperator(out ScriptBinaryOperator op, out int precedence)
    {
        op = ScriptBinaryOperator.None;
        if (Current.Type == TokenType.Identifier)
        {
            op = GetText(Current) switch
            {
                "or" => ScriptBinaryOperator.Or,
                "and" => ScriptBinaryOperator.And,
                "contains" => ScriptBinaryOperator.LiquidContains,
                "startsWith" => ScriptBinaryOperator.LiquidStartsWith,
                "endsWith" => ScriptBinaryOperator.LiquidEndsWith,
                "hasKey" => ScriptBinaryOperator.LiquidHasKey,
                "hasValue" => ScriptBinaryOperator.LiquidHasValue,
                _ => ScriptBinaryOperator.None,
            };
        }
        precedence = GetPrecedence(op);
        return op != ScriptBinaryOperator.None;
    }

    internal static int GetPrecedence(ScriptBinaryOperator op) => op switch
    {
        ScriptBinaryOperator.EmptyCoalescing or ScriptBinaryOperator.NotEmptyCoalescing => 20,
        ScriptBinaryOperator.Or => 30,
        ScriptBinaryOperator.And => 40,
        ScriptBinaryOperator.BinaryOr => 50,
        ScriptBinaryOperator.BinaryAnd => 60,
        ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual => 70,
        ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
            or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual => 80,
        ScriptBinaryOperator.LiquidContains or ScriptBinaryOperator.LiquidStartsWith or ScriptBinaryOperator.LiquidEndsWith
            or ScriptBinaryOperator.LiquidHasKey or ScriptBinaryOperator.LiquidHasValue => 90,
        ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract => PrecedenceOfAdd,
        ScriptBinaryOperator.Multiply or ScriptBinaryOperator.Divide or ScriptBinaryOperator.DivideRound
            or ScriptBinaryOperator.Modulus or ScriptBinaryOperator.ShiftLeft or ScriptBinaryOperator.ShiftRight => PrecedenceOfMultiply,
        ScriptBinaryOperator.Power => 120,
        ScriptBinaryOperator.RangeInclude or ScriptBinaryOperator.RangeExclude => 130,
        _ => 0,
    };

    private bool TryGetAssignmentOperator(out ScriptBinaryOperator compound)
    {
        compound = ScriptBinaryOperator.None;
        switch (Current.Type)
        {
            case TokenType.Equal:
                return true;
            case TokenType.PlusEqual:
                compound = ScriptBinaryOperator.Add;
                return true;
            case TokenType.MinusEqual:
                compound = ScriptBinaryOperator.Subtract;
                return true;
            case TokenType.AsteriskEqual:
                compound = ScriptBinaryOperator.Multiply;
                return true;
            case TokenType.DivideEqual:
                compound = ScriptBinaryOperator.Divide;
                return true;
            case TokenType.DoubleDivideEqual:
                compound = ScriptBinaryOperator.DivideRound;
                return true;
            case TokenType.PercentEqual:
                compound = ScriptBinaryOperator.Modulus;
                return true;
            default:
                return false;
        }
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
        unary.Right = ExpectAndParseExpression(unary, null, 200,
            mode: unary.Operator == ScriptUnaryOperator.FunctionAlias ? ParseExpressionMode.BasicExpression : ParseExpressionMode.Default);
        return Finish(unary, start);
    }

    private ScriptExpression ParseIncrementDecrement()
    {
        var start = Current.Start;
        var expression = new ScriptIncrementDecrementExpression { IsIncrement = Current.Type == TokenType.DoublePlus, Span = CurrentSpan };
        NextToken();
        expression.Target = ExpectAndParseExpression(expression, null, 210);
        if (!IsVariablePath(expression.Target))
        {
            LogError("The operand of an increment or decrement operator must be a variable, property or indexer");
        }
        return Finish(expression, start);
    }
}
