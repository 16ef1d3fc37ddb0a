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
        foreach (var (value, isCode) in Parts(pattern))
        {
            if (!isCode)
            {
                builder.Append(value);
            }
            else if (value == 'g')
            {
                culture = CultureInfo.InvariantCulture;
            }
            else
            {
                builder.Append(FormatCode(date, value, culture) ?? "%" + value);
            }
        }
        return builder.ToString();
    }

    /// <summary>The .NET exact-parse format for a <c>%</c> pattern; fails for codes that cannot be parsed back.</summary>
    public static string ToParseFormat(SourceSpan span, string pattern, ref CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 3);
        foreach (var (value, isCode) in Parts(pattern))
        {
            // Everything that is not a code is matched as written: escaped, so that a letter of the pattern's text
            // ("%d de %B") is not read as a .NET format specifier, nor '/' and ':' as the culture's separators.
            if (!isCode)
            {
                builder.Append('\\').Append(value);
            }
            else if (value == 'g')
            {
                culture = CultureInfo.InvariantCulture;
            }
            else if (FormatCode(DateTime.MinValue, value, culture) is null)
            {
                builder.Append("\\%\\").Append(value);
            }
            else
            {
                builder.Append(ParseFormat(value) ?? throw new ScriptRuntimeException(span, $"The pattern %{value} is not supported for the parse method"));
            }
        }
        return builder.ToString();
    }

    /// <summary>The pattern's characters in order, each either text or the code after a <c>%</c> (a final lone <c>%</c> is text).</summary>
    private static IEnumerable<(char Value, bool IsCode)> Parts(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length)
            {
                yield return (pattern[++i], true);
            }
            else
            {
                yield return (pattern[i], false);
            }
        }
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
        'n' => "\\\n",
        't' => "\\\t",
        '%' => "\\%",
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
