using System.Globalization;
using System.Numerics;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The arithmetic of <c>math.plus</c> and its siblings: numbers keep the widest type of the two operands, and null gives null.</summary>
internal static class Arithmetic
{
    public enum Operation
    {
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
    }

    public static bool IsNumber(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or BigInteger;

    public static object? Apply(TemplateContext context, SourceSpan span, Operation operation, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }
        if (operation == Operation.Add && (left is string || right is string))
        {
            return context.ObjectToString(left) + context.ObjectToString(right);
        }
        if (!IsNumber(left) || !IsNumber(right))
        {
            throw new ScriptRuntimeException(span,
                $"The operator `{Symbol(operation)}` is not supported between `{TemplateContext.GetTypeName(left)}` and `{TemplateContext.GetTypeName(right)}`");
        }

        if (left is decimal || right is decimal)
        {
            return Decimal(span, operation, Convert.ToDecimal(left, CultureInfo.InvariantCulture), Convert.ToDecimal(right, CultureInfo.InvariantCulture));
        }
        if (left is double || right is double || operation == Operation.Divide)
        {
            if (operation == Operation.Divide && left is float && right is not double && right is not float)
            {
                return Float(operation, (float)ToDouble(left), (float)ToDouble(right));
            }
            return Double(operation, ToDouble(left), ToDouble(right));
        }
        if (left is float || right is float)
        {
            return Float(operation, (float)ToDouble(left), (float)ToDouble(right));
        }
        if (left is BigInteger || right is BigInteger || left is ulong || right is ulong)
        {
            return Normalize(Big(span, operation, ToBig(left), ToBig(right)));
        }
        if (left is long || right is long || left is uint || right is uint)
        {
            return Normalize(Big(span, operation, ToBig(left), ToBig(right)), preferLong: true);
        }
        return Normalize(Big(span, operation, ToBig(left), ToBig(right)));
    }

    public static double ToDouble(object value) => value switch
    {
        BigInteger big => (double)big,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    private static BigInteger ToBig(object value) => value switch
    {
        BigInteger big => big,
        ulong unsigned => unsigned,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static object Double(Operation operation, double left, double right) => operation switch
    {
        Operation.Add => left + right,
        Operation.Subtract => left - right,
        Operation.Multiply => left * right,
        Operation.Divide => left / right,
        _ => left % right,
    };

    private static object Float(Operation operation, float left, float right) => operation switch
    {
        Operation.Add => left + right,
        Operation.Subtract => left - right,
        Operation.Multiply => left * right,
        Operation.Divide => left / right,
        _ => left % right,
    };

    private static object Decimal(SourceSpan span, Operation operation, decimal left, decimal right)
    {
        if (right == 0 && operation is Operation.Divide or Operation.Modulo)
        {
            throw new ScriptRuntimeException(span, "Cannot divide by zero");
        }
        return operation switch
        {
            Operation.Add => left + right,
            Operation.Subtract => left - right,
            Operation.Multiply => left * right,
            Operation.Divide => left / right,
            _ => left % right,
        };
    }

    private static BigInteger Big(SourceSpan span, Operation operation, BigInteger left, BigInteger right)
    {
        if (right.IsZero && operation == Operation.Modulo)
        {
            throw new ScriptRuntimeException(span, "Cannot divide by zero");
        }
        return operation switch
        {
            Operation.Add => left + right,
            Operation.Subtract => left - right,
            Operation.Multiply => left * right,
            _ => left % right,
        };
    }

    private static object Normalize(BigInteger value, bool preferLong = false)
    {
        if (!preferLong && value >= int.MinValue && value <= int.MaxValue)
        {
            return (int)value;
        }
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }
        return value;
    }

    private static string Symbol(Operation operation) => operation switch
    {
        Operation.Add => "+",
        Operation.Subtract => "-",
        Operation.Multiply => "*",
        Operation.Divide => "/",
        _ => "%",
    };
}
