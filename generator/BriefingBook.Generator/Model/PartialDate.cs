using System.Globalization;

namespace BriefingBook.Generator.Model;

/// <summary>A chronology date that may be a year, a month or a day (<c>2024</c>, <c>2024-10</c>, <c>2024-10-07</c>).</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate date)
    {
        var parts = text.Trim().Split('-');
        date = default;
        var digits = parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
        if (!digits || parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    public string ToIso() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => ToIso();
}
