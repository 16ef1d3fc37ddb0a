using System.Globalization;
using System.Numerics;

namespace BriefingBook.Templating.Functions;

/// <summary>Which values count as numbers for the builtins, and their value as a double for ordering.</summary>
internal static class NumberKinds
{
    public static bool IsNumber(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or BigInteger;

    public static double ToDouble(object value) => value switch
    {
        BigInteger big => (double)big,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
