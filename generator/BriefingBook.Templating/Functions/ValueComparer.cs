using System.Globalization;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// Orders template values for sorting: null first, numbers by value whatever their type, text by the
/// culture's rules, then anything comparable; values of unrelated kinds keep a stable order by kind.
/// </summary>
internal sealed class ValueComparer : IComparer<object?>
{
    private readonly CompareInfo _compareInfo;

    public ValueComparer(CultureInfo culture)
    {
        _compareInfo = culture.CompareInfo;
    }

    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        if (NumberKinds.IsNumber(x) && NumberKinds.IsNumber(y))
        {
            if (x is decimal || y is decimal)
            {
                return Convert.ToDecimal(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(y, CultureInfo.InvariantCulture));
            }
            return NumberKinds.ToDouble(x).CompareTo(NumberKinds.ToDouble(y));
        }
        if (x is string left && y is string right)
        {
            return _compareInfo.Compare(left, right, CompareOptions.None);
        }
        if (x.GetType() == y.GetType() && x is IComparable comparable)
        {
            return comparable.CompareTo(y);
        }
        return string.CompareOrdinal(Rank(x), Rank(y));
    }

    private static string Rank(object value) => value switch
    {
        bool => "1",
        _ when NumberKinds.IsNumber(value) => "2",
        string => "3",
        _ => "4" + value.GetType().FullName,
    };
}
