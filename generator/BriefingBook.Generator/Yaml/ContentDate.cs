using System.Globalization;

namespace BriefingBook.Generator.Yaml;

/// <summary>
/// A date as written in YAML: a day (<c>2026-11-21</c>) or an instant with its offset
/// (<c>2026-11-21T09:30:00+09:00</c>). The day shown is the one written, whatever the machine's time zone.
/// </summary>
public readonly record struct ContentDate(DateOnly Day, DateTimeOffset? Instant) : IComparable<ContentDate>
{
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss",
    ];

    public static bool TryParse(string text, out ContentDate date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new ContentDate(day, null);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = new ContentDate(DateOnly.FromDateTime(instant.DateTime), instant);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>ISO 8601: the day, or the instant with its own offset.</summary>
    public string ToIso() => Instant is { } i
        ? i.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public int CompareTo(ContentDate other)
    {
        var byDay = Day.CompareTo(other.Day);
        if (byDay != 0)
        {
            return byDay;
        }
        return (Instant?.UtcTicks ?? 0).CompareTo(other.Instant?.UtcTicks ?? 0);
    }

    public override string ToString() => ToIso();
}
