using System.Globalization;
using System.Text;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The strftime-style <c>%</c> codes of <c>date.to_string</c> and <c>date.parse</c> (Ruby's set):
/// <c>%d %b %Y</c>, <c>%H:%M</c>... <c>%g</c> switches to the invariant culture; unknown codes are kept as written.
/// </summary>
internal static class StrftimeFormatter
{
    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length)
            {
                builder.Append(c);
                continue;
            }
            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }
            var text = FormatCode(date, code, culture);
            if (text is null)
            {
                builder.Append('%').Append(code);
            }
            else
            {
                builder.Append(text);
            }
        }
        return builder.ToString();
    }

    /// <summary>The .NET exact-parse format for a <c>%</c> pattern; fails for codes that cannot be parsed back.</summary>
    public static string ToParseFormat(SourceSpan span, string pattern, ref CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length)
            {
                builder.Append(c);
                continue;
            }
            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }
            if (FormatCode(DateTime.MinValue, code, culture) is null)
            {
                builder.Append('%').Append(code);
                continue;
            }
            var format = ParseFormat(code)
                ?? throw new ScriptRuntimeException(span, $"The pattern %{code} is not supported for the parse method");
            builder.Append(format);
        }
        return builder.ToString();
    }

    private static string? ParseFormat(char code) => code switch
    {
        'a' => "ddd",
        'A' => "dddd",
        'b' or 'h' or 'B' => code == 'B' ? "MMMM" : "MMM",
        'c' => "ddd MMM dd HH:mm:ss yyyy",
        'd' => "dd",
        'D' => "MM/dd/yy",
        'e' => "%d",
        'F' => "yyyy-MM-dd",
        'H' => "HH",
        'I' => "hh",
        'k' => "%H",
        'l' => "%h",
        'L' => "fff",
        'm' => "MM",
        'M' => "mm",
        'N' => "fffffff00",
        'p' or 'P' => "tt",
        'r' => "hh:mm:ss tt",
        'R' => "HH:mm",
        'S' => "ss",
        'T' => "HH:mm:ss",
        'x' => "d",
        'X' => "T",
        'y' => "yy",
        'Y' => "yyyy",
        'Z' => "zzz",
        _ => null,
    };

    private static string? FormatCode(DateTime date, char code, CultureInfo culture) => code switch
    {
        'a' => date.ToString("ddd", culture),
        'A' => date.ToString("dddd", culture),
        'b' or 'h' => date.ToString("MMM", culture),
        'B' => date.ToString("MMMM", culture),
        'c' => date.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
        'C' => (date.Year / 100).ToString("D2", culture),
        'd' => date.ToString("dd", culture),
        'D' => date.ToString("MM/dd/yy", culture),
        'e' => date.Day.ToString(culture).PadLeft(2),
        'F' => date.ToString("yyyy-MM-dd", culture),
        'H' => date.ToString("HH", culture),
        'I' => date.ToString("hh", culture),
        'j' => date.DayOfYear.ToString("D3", culture),
        'k' => date.Hour.ToString(culture).PadLeft(2),
        'l' => date.ToString("%h", culture).PadLeft(2),
        'L' => date.ToString("fff", culture),
        'm' => date.ToString("MM", culture),
        'M' => date.ToString("mm", culture),
        'n' => "\n",
        'N' => date.ToString("fffffff", culture) + "00",
        'p' => date.ToString("tt", culture),
        'P' => date.ToString("tt", culture).ToLowerInvariant(),
        'r' => date.ToString("hh:mm:ss tt", culture),
        'R' => date.ToString("HH:mm", culture),
        's' => ((long)(date.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds).ToString(culture),
        'S' => date.ToString("ss", culture),
        't' => "\t",
        'T' => date.ToString("HH:mm:ss", culture),
        'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(culture),
        'U' => culture.Calendar.GetWeekOfYear(date, culture.DateTimeFormat.CalendarWeekRule, DayOfWeek.Sunday).ToString("D2", culture),
        'v' => string.Format(CultureInfo.InvariantCulture, "{0,2}-{1}-{2:D4}", date.Day, date.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant(), date.Year),
        'V' => ISOWeek.GetWeekOfYear(date).ToString("D2", culture),
        'W' => culture.Calendar.GetWeekOfYear(date, culture.DateTimeFormat.CalendarWeekRule, DayOfWeek.Monday).ToString("D2", culture),
        'w' => ((int)date.DayOfWeek).ToString(culture),
        'x' => date.ToString("d", culture),
        'X' => date.ToString("T", culture),
        'y' => date.ToString("yy", culture),
        'Y' => date.ToString("yyyy", culture),
        'Z' => date.ToString("zzz", culture),
        '%' => "%",
        _ => null,
    };
}
