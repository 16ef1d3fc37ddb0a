using System.Globalization;
using System.Numerics;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>The binary operators on values: arithmetic on the widest numeric type, text operations, comparisons and ranges.</summary>
internal static class BinaryOperators
{
    public static object? Evaluate(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, object? left, object? right) =>
        Evaluate(context, span, op, left, right, span, span);

    /// <summary>Applies <paramref name="op"/>; the operand spans locate errors that concern one operand.</summary>
    public static object? Evaluate(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, object? left, object? right, SourceSpan leftSpan, SourceSpan rightSpan)
    {
        if (op is ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual)
        {
            var equal = left is string || right is string
                ? left is not null && right is not null && string.Equals(context.ObjectToString(left), context.ObjectToString(right), StringComparison.Ordinal)
                : AreEqual(context, left, right);
            return op == ScriptBinaryOperator.CompareEqual ? equal : !equal;
        }

        switch (op)
        {
            case ScriptBinaryOperator.ShiftLeft when left is ScriptArray array:
                array.Add(right);
                return array;
            case ScriptBinaryOperator.ShiftRight when left is ScriptArray array:
                if (array.Count > 0)
                {
                    array.RemoveAt(array.Count - 1);
                }
                return array;
            case ScriptBinaryOperator.LiquidContains:
                return Contains(context, left, right);
            case ScriptBinaryOperator.LiquidStartsWith:
                return left is not null && right is not null && context.ObjectToString(left).StartsWith(context.ObjectToString(right), StringComparison.Ordinal);
            case ScriptBinaryOperator.LiquidEndsWith:
                return left is not null && right is not null && context.ObjectToString(left).EndsWith(context.ObjectToString(right), StringComparison.Ordinal);
            case ScriptBinaryOperator.LiquidHasKey:
                return left is IDictionary<string, object?> keys && right is not null && keys.ContainsKey(context.ObjectToString(right));
            case ScriptBinaryOperator.LiquidHasValue:
                return left is IDictionary<string, object?> values && values.Values.Any(v => AreEqual(context, v, right));
        }

        if (left is string || right is string)
        {
            return EvaluateText(context, span, op, left, right, right is string ? leftSpan : rightSpan);
        }

        if (left is null || right is null)
        {
            return op is ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
                or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual
                ? false
                : null;
        }

        if (op is ScriptBinaryOperator.RangeInclude or ScriptBinaryOperator.RangeExclude)
        {
            return CreateRange(context, span, op, left, right);
        }

        if (left is bool leftFlag && right is bool rightFlag)
        {
            return op switch
            {
                ScriptBinaryOperator.CompareLess => !leftFlag && rightFlag,
                ScriptBinaryOperator.CompareLessOrEqual => !leftFlag || rightFlag,
                ScriptBinaryOperator.CompareGreater => leftFlag && !rightFlag,
                ScriptBinaryOperator.CompareGreaterOrEqual => leftFlag || !rightFlag,
                _ => throw NotSupported(span, op, left, right),
            };
        }

        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return Numbers.Evaluate(span, op, left, right);
        }

        if (left is IComparable comparable && left.GetType() == right.GetType())
        {
            var order = comparable.CompareTo(right);
            switch (op)
            {
                case ScriptBinaryOperator.CompareLess: return order < 0;
                case ScriptBinaryOperator.CompareLessOrEqual: return order <= 0;
                case ScriptBinaryOperator.CompareGreater: return order > 0;
                case ScriptBinaryOperator.CompareGreaterOrEqual: return order >= 0;
            }
        }
        if (left is DateTime date && right is TimeSpan offset)
        {
            if (op == ScriptBinaryOperator.Add)
            {
                return date + offset;
            }
            if (op == ScriptBinaryOperator.Subtract)
            {
                return date - offset;
            }
        }
        if (left is DateTime first && right is DateTime second && op == ScriptBinaryOperator.Subtract)
        {
            return first - second;
        }
        throw NotSupported(span, op, left, right);
    }

    private static ScriptRuntimeException NotSupported(SourceSpan span, ScriptBinaryOperator op, object? left, object? right) =>
        new(span, $"Unsupported types `{left}/{TemplateContext.GetTypeName(left)}` {op.ToText()} `{right}/{TemplateContext.GetTypeName(right)}` for binary operation");

    private static object? EvaluateText(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, object? left, object? right, SourceSpan multiplierSpan)
    {
        switch (op)
        {
            case ScriptBinaryOperator.Add:
                return context.ObjectToString(left) + context.ObjectToString(right);
            case ScriptBinaryOperator.Multiply:
                var (text, count) = right is string ? (context.ObjectToString(right), left) : (context.ObjectToString(left), right);
                int times;
                try
                {
                    times = context.ToInt(span, count);
                }
                catch (ScriptRuntimeException)
                {
                    throw new ScriptRuntimeException(multiplierSpan, $"Expecting an integer. The operator `{op.ToText()}` is not supported for the expression. Only working on string x int or int x string");
                }
                if (times <= 0)
                {
                    return string.Empty;
                }
                if (context.LimitToString > 0 && (long)text.Length * times > context.LimitToString)
                {
                    throw new ScriptRuntimeException(span, $"The string exceeds the limit of `{context.LimitToString}` characters.");
                }
                return new System.Text.StringBuilder(text.Length * times).Insert(0, text, times).ToString();
            case ScriptBinaryOperator.CompareLess:
            case ScriptBinaryOperator.CompareLessOrEqual:
            case ScriptBinaryOperator.CompareGreater:
            case ScriptBinaryOperator.CompareGreaterOrEqual:
                if (left is null || right is null)
                {
                    return false;
                }
                var order = string.Compare(context.ObjectToString(left), context.ObjectToString(right), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.None);
                return op switch
                {
                    ScriptBinaryOperator.CompareLess => order < 0,
                    ScriptBinaryOperator.CompareLessOrEqual => order <= 0,
                    ScriptBinaryOperator.CompareGreater => order > 0,
                    _ => order >= 0,
                };
            default:
                throw new ScriptRuntimeException(span, $"Operator `{op.ToText()}` is not supported on string objects");
        }
    }

    private static ScriptRange CreateRange(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, object left, object right)
    {
        if (!Numbers.IsInteger(left) || !Numbers.IsInteger(right))
        {
            throw NotSupported(span, op, left, right);
        }
        var from = Convert.ToInt64(left, CultureInfo.InvariantCulture);
        var to = Convert.ToInt64(right, CultureInfo.InvariantCulture);
        if (op == ScriptBinaryOperator.RangeExclude)
        {
            if (from == to)
            {
                return new ScriptRange(from, to, isEmpty: true);
            }
            to += to > from ? -1 : 1;
        }
        var range = new ScriptRange(from, to);
        if (context.LoopLimit > 0 && range.LongCount > context.LoopLimit)
        {
            throw new ScriptRuntimeException(span, $"Range expression exceeds LoopLimit `{context.LoopLimit}`.");
        }
        return range;
    }

    /// <summary>Equality as templates see it: numbers by value across types, text by ordinal, the rest by <see cref="object.Equals(object?)"/>.</summary>
    public static bool AreEqual(TemplateContext context, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return (bool)Numbers.Evaluate(SourceSpan.Empty, ScriptBinaryOperator.CompareEqual, left, right)!;
        }
        if (left is string leftText && right is string rightText)
        {
            return string.Equals(leftText, rightText, StringComparison.Ordinal);
        }
        return left.Equals(right);
    }

    private static bool Contains(TemplateContext context, object? left, object? right)
    {
        switch (left)
        {
            case null:
                return false;
            case string text:
                return right is not null && text.Contains(context.ObjectToString(right), StringComparison.Ordinal);
            case IDictionary<string, object?> dictionary:
                return right is not null && dictionary.ContainsKey(context.ObjectToString(right));
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    if (AreEqual(context, item, right))
                    {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
