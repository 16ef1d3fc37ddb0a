using System.Globalization;
using System.Numerics;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;
using BriefingBook.Templating.Runtime.Evaluation;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The <c>math</c> namespace: rounding, arithmetic as functions for pipes (the same arithmetic as the
/// operators), number formatting, random values.
/// </summary>
public sealed class MathFunctions : ScriptObject
{

    public MathFunctions()
    {
        Import(typeof(MathFunctions), "math");
    }

    /// <summary>The absolute value, keeping the number's type; null stays null.</summary>
    public static object? Abs(TemplateContext context, SourceSpan span, object? value) => value switch
    {
        null => null,
        int number => Math.Abs(number),
        long number => Math.Abs(number),
        double number => Math.Abs(number),
        float number => Math.Abs(number),
        decimal number => Math.Abs(number),
        short number => Math.Abs(number),
        sbyte number => Math.Abs(number),
        BigInteger number => BigInteger.Abs(number),
        byte or ushort or uint or ulong => value,
        _ => throw new ScriptRuntimeException(span, $"The value `{value}` is not a number"),
    };

    public static double Ceil(double value) => Math.Ceiling(value);

    public static double Floor(double value) => Math.Floor(value);

    /// <summary>Rounds to <paramref name="precision"/> decimals, halves to even as .NET does.</summary>
    public static double Round(double value, int precision = 0) => Math.Round(value, precision);

    /// <summary>Divides; when the divisor is an int, the quotient is floored back to an int.</summary>
    public static object? DividedBy(TemplateContext context, SourceSpan span, double value, object? divisor)
    {
        var result = BinaryOperators.Evaluate(context, span, ScriptBinaryOperator.Divide, value, divisor);
        if (divisor is int)
        {
            return result switch
            {
                double number => (int)Math.Floor(number),
                float number => (int)Math.Floor(number),
                _ => result,
            };
        }
        return result;
    }

    public static object? Minus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperators.Evaluate(context, span, ScriptBinaryOperator.Subtract, value, with);

    public static object? Plus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperators.Evaluate(context, span, ScriptBinaryOperator.Add, value, with);

    public static object? Times(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperators.Evaluate(context, span, ScriptBinaryOperator.Multiply, value, with);

    public static object? Modulo(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperators.Evaluate(context, span, ScriptBinaryOperator.Modulus, value, with);

    /// <summary>Formats a number with a .NET numeric format string, in <paramref name="culture"/> or the render's culture.</summary>
    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null)
    {
        if (value is null)
        {
            return string.Empty;
        }
        if (!NumberKinds.IsNumber(value) || value is not IFormattable formattable)
        {
            throw new ScriptRuntimeException(span, $"Unexpected `{value}`. Must be a formattable number");
        }
        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return formattable.ToString(format ?? string.Empty, provider);
    }

    public static bool IsNumber(object? value) => NumberKinds.IsNumber(value);

    public static string Uuid() => Guid.NewGuid().ToString();

    /// <summary>A random int from <paramref name="minValue"/> (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public static object Random(TemplateContext context, SourceSpan span, int minValue, int maxValue)
    {
        if (minValue > maxValue)
        {
            throw new ScriptRuntimeException(span, "minValue must be greater than maxValue");
        }
        return System.Random.Shared.Next(minValue, maxValue);
    }
}
