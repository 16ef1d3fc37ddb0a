using System.Globalization;
using System.Numerics;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Arithmetic and comparison between numbers, computed on the widest type of the two operands.</summary>
internal static class Numbers
{
    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or byte or sbyte or short or ushort or uint or ulong;

    public static bool IsInteger(object? value) =>
        value is int or long or BigInteger or byte or sbyte or short or ushort or uint or ulong;

    public static object? Evaluate(SourceSpan span, ScriptBinaryOperator op, object left, object right)
    {
        if (left is decimal || right is decimal)
        {
            return Decimal(span, op, ToDecimal(left), ToDecimal(right));
        }
        if (left is double || right is double)
        {
            return Double(span, op, ToDouble(left), ToDouble(right));
        }
        if (left is float || right is float)
        {
            var result = Double(span, op, ToDouble(left), ToDouble(right));
            return result is double number ? (float)number : result;
        }
        if (left is int a && right is int b)
        {
            return Long(span, op, a, b);
        }
        if (left is BigInteger || right is BigInteger || left is ulong || right is ulong)
        {
            return Big(span, op, ToBig(left), ToBig(right));
        }
        var longResult = Long(span, op, Convert.ToInt64(left, CultureInfo.InvariantCulture), Convert.ToInt64(right, CultureInfo.InvariantCulture));
        return longResult is int narrow ? (object)(long)narrow : longResult;
    }

    private static object? Long(SourceSpan span, ScriptBinaryOperator op, long left, long right)
    {
        switch (op)
        {
            case ScriptBinaryOperator.Add:
                return Narrow(new BigInteger(left) + right);
            case ScriptBinaryOperator.Subtract:
                return Narrow(new BigInteger(left) - right);
            case ScriptBinaryOperator.Multiply:
                return Narrow(new BigInteger(left) * right);
            case ScriptBinaryOperator.Divide:
                return (double)left / right;
            case ScriptBinaryOperator.DivideRound:
                if (right == 0)
                {
                    throw DivideByZero(span);
                }
                return Narrow(BigInteger.Divide(left, right));
            case ScriptBinaryOperator.Modulus:
                if (right == 0)
                {
                    throw DivideByZero(span);
                }
                return Narrow(BigInteger.Remainder(left, right));
            case ScriptBinaryOperator.ShiftLeft:
                return Narrow(new BigInteger(left) << (int)right);
            case ScriptBinaryOperator.ShiftRight:
                return Narrow(left >> (int)right);
            case ScriptBinaryOperator.BinaryAnd:
                return Narrow(left & right);
            case ScriptBinaryOperator.BinaryOr:
                return Narrow(left | right);
            case ScriptBinaryOperator.Power:
                return Narrow(BigInteger.Pow(left, (int)right));
            default:
                return Compare(span, op, left.CompareTo(right));
        }
    }

    private static object? Big(SourceSpan span, ScriptBinaryOperator op, BigInteger left, BigInteger right)
    {
        switch (op)
        {
            case ScriptBinaryOperator.Add: return Narrow(left + right);
            case ScriptBinaryOperator.Subtract: return Narrow(left - right);
            case ScriptBinaryOperator.Multiply: return Narrow(left * right);
            case ScriptBinaryOperator.Divide: return (double)left / (double)right;
            case ScriptBinaryOperator.DivideRound:
            case ScriptBinaryOperator.Modulus:
                if (right.IsZero)
                {
                    throw DivideByZero(span);
                }
                return Narrow(op == ScriptBinaryOperator.Modulus ? left % right : BigInteger.Divide(left, right));
            case ScriptBinaryOperator.ShiftLeft: return Narrow(left << (int)right);
            case ScriptBinaryOperator.ShiftRight: return Narrow(left >> (int)right);
            case ScriptBinaryOperator.BinaryAnd: return Narrow(left & right);
            case ScriptBinaryOperator.BinaryOr: return Narrow(left | right);
            case ScriptBinaryOperator.Power: return Narrow(BigInteger.Pow(left, (int)right));
            default: return Compare(span, op, left.CompareTo(right));
        }
    }

    private static object? Double(SourceSpan span, ScriptBinaryOperator op, double left, double right) => op switch
    {
        ScriptBinaryOperator.Add => left + right,
        ScriptBinaryOperator.Subtract => left - right,
        ScriptBinaryOperator.Multiply => left * right,
        ScriptBinaryOperator.Divide => left / right,
        ScriptBinaryOperator.DivideRound => Math.Floor(left / right),
        ScriptBinaryOperator.Modulus => left % right,
        ScriptBinaryOperator.Power => Math.Pow(left, right),
        ScriptBinaryOperator.ShiftLeft or ScriptBinaryOperator.ShiftRight or ScriptBinaryOperator.BinaryAnd or ScriptBinaryOperator.BinaryOr =>
            Long(span, op, (long)left, (long)right),
        _ => Compare(span, op, left.CompareTo(right)),
    };

    private static object? Decimal(SourceSpan span, ScriptBinaryOperator op, decimal left, decimal right)
    {
        if (right == 0 && op is ScriptBinaryOperator.Divide or ScriptBinaryOperator.DivideRound or ScriptBinaryOperator.Modulus)
        {
            throw DivideByZero(span);
        }
        return op switch
        {
            ScriptBinaryOperator.Add => left + right,
            ScriptBinaryOperator.Subtract => left - right,
            ScriptBinaryOperator.Multiply => left * right,
            ScriptBinaryOperator.Divide => left / right,
            ScriptBinaryOperator.DivideRound => decimal.Floor(left / right),
            ScriptBinaryOperator.Modulus => left % right,
            ScriptBinaryOperator.Power => (decimal)Math.Pow((double)left, (double)right),
            ScriptBinaryOperator.ShiftLeft or ScriptBinaryOperator.ShiftRight or ScriptBinaryOperator.BinaryAnd or ScriptBinaryOperator.BinaryOr =>
                Long(span, op, (long)left, (long)right),
            _ => Compare(span, op, left.CompareTo(right)),
        };
    }

    private static object Compare(SourceSpan span, ScriptBinaryOperator op, int order) => op switch
    {
        ScriptBinaryOperator.CompareEqual => order == 0,
        ScriptBinaryOperator.CompareNotEqual => order != 0,
        ScriptBinaryOperator.CompareLess => order < 0,
        ScriptBinaryOperator.CompareLessOrEqual => order <= 0,
        ScriptBinaryOperator.CompareGreater => order > 0,
        ScriptBinaryOperator.CompareGreaterOrEqual => order >= 0,
        _ => throw new ScriptRuntimeException(span, $"Operator `{op.ToText()}` is not supported on numbers"),
    };

    private static ScriptRuntimeException DivideByZero(SourceSpan span) => new(span, "Attempted to divide by zero.");

    public static object Negate(object value) => value switch
    {
        int number => number == int.MinValue ? -(long)number : -number,
        long number => number == long.MinValue ? -new BigInteger(number) : -number,
        double number => -number,
        float number => -number,
        decimal number => -number,
        BigInteger number => -number,
        _ => Evaluate(SourceSpan.Empty, ScriptBinaryOperator.Subtract, 0, value)!,
    };

    private static object Narrow(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return (int)value;
        }
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }
        return value;
    }

    private static object Narrow(long value) => value is >= int.MinValue and <= int.MaxValue ? (object)(int)value : value;

    public static double ToDouble(object value) => value is BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static decimal ToDecimal(object value) => value is BigInteger big ? (decimal)big : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static BigInteger ToBig(object value) => value switch
    {
        BigInteger big => big,
        ulong unsigned => unsigned,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };
}
