using System.Globalization;
using System.Numerics;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// The value a number literal stands for, from its text (underscores already removed). Decimal integers take
/// the smallest of int, long and BigInteger that holds them; hexadecimal and binary ones write bits; a
/// float's suffix chooses its type. Null when the text is no number.
/// </summary>
internal static class LiteralValues
{
    private const NumberStyles IntegerStyle = NumberStyles.Integer | NumberStyles.AllowExponent;

    public static object? Integer(string text)
    {
        if (long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= int.MinValue and <= int.MaxValue ? (int)number : (object)number;
        }
        return BigInteger.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var big) ? big : null;
    }

    public static object? Hexadecimal(string digits, bool isUnsigned) =>
        // The leading zero keeps a digit of 8 or more from being read as a sign bit.
        BigInteger.TryParse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var bits)
            ? FromBits(bits, isUnsigned)
            : null;

    public static object Binary(string digits, bool isUnsigned)
    {
        var bits = BigInteger.Zero;
        foreach (var digit in digits)
        {
            bits = (bits << 1) + (digit == '1' ? 1 : 0);
        }
        return FromBits(bits, isUnsigned);
    }

    /// <summary>
    /// Up to 32 bits: an int, whose top bit is the sign (<c>0xFFFFFFFF</c> is -1), or with the <c>u</c> suffix a
    /// long that keeps the value. Up to 64 bits likewise a long, or unsigned a BigInteger. Beyond, a BigInteger.
    /// </summary>
    private static object FromBits(BigInteger bits, bool isUnsigned)
    {
        if (bits <= uint.MaxValue)
        {
            var word = (uint)bits;
            return isUnsigned ? (long)word : (object)unchecked((int)word);
        }
        if (bits <= ulong.MaxValue)
        {
            return isUnsigned ? bits : (object)unchecked((long)(ulong)bits);
        }
        return bits;
    }

    /// <summary><c>f</c> makes a float, <c>m</c> a decimal; <c>d</c> or no suffix a double.</summary>
    public static object? Float(string text)
    {
        var body = text[..^1];
        return text[^1] switch
        {
            'f' or 'F' => float.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out var single) ? single : null,
            'm' or 'M' => decimal.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) ? exact : null,
            'd' or 'D' => ParseDouble(body),
            _ => ParseDouble(text),
        };
    }

    private static object? ParseDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
