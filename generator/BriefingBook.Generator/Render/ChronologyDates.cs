using System.Globalization;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Writes chronology dates the way each language does: a day with the language's date format
/// (<c>18 août 2023</c>, <c>18 August 2023</c>, French <c>1er</c> for the first of the month), a month as
/// <c>août 2023</c> / <c>August 2023</c>, a year alone as digits.
/// </summary>
public static class ChronologyDates
{
    public static string Display(PartialDate date, CultureInfo culture, string dayFormat)
    {
        if (date.Day is { } day)
        {
            var text = new DateOnly(date.Year, date.Month!.Value, day).ToString(dayFormat, culture);
            var french = culture.TwoLetterISOLanguageName == "fr";
            return french && day == 1 && dayFormat.StartsWith("d ", StringComparison.Ordinal) ? "1er" + text[1..] : text;
        }
        return date.Month is { } month
            ? new DateOnly(date.Year, month, 1).ToString("MMMM yyyy", culture)
            : date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The anchor of an event on the chronology page: its date and its rank, stable for an unchanged list.</summary>
    public static string Id(PartialDate date, int rank) => "event-" + date.ToIso() + "-" + rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>How far into its year a date falls, from 0 to 1; a partial date sits at the middle of its month or year.</summary>
    public static double YearFraction(PartialDate date)
    {
        if (date.Month is not { } month)
        {
            return 0.5;
        }
        var days = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        var start = new DateOnly(date.Year, month, 1).DayOfYear - 1;
        var inMonth = date.Day is { } day ? day - 0.5 : DateTime.DaysInMonth(date.Year, month) / 2.0;
        return (start + inMonth) / days;
    }
}
