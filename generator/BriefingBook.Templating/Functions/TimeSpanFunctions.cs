using System.Globalization;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The <c>timespan</c> namespace: durations built from a number of units or parsed from text.</summary>
public sealed class TimeSpanFunctions : ScriptObject
{
    public TimeSpanFunctions()
    {
        Import(typeof(TimeSpanFunctions), "timespan");
    }

    public static TimeSpan Zero() => TimeSpan.Zero;

    public static TimeSpan FromDays(double days) => TimeSpan.FromDays(days);

    public static TimeSpan FromHours(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan FromMinutes(double minutes) => TimeSpan.FromMinutes(minutes);

    public static TimeSpan FromSeconds(double seconds) => TimeSpan.FromSeconds(seconds);

    public static TimeSpan FromMilliseconds(double millis) => TimeSpan.FromMilliseconds(millis);

    /// <summary>A duration written as .NET writes one (<c>1.02:03:04</c>), in the render's culture.</summary>
    public static TimeSpan Parse(TemplateContext context, string? text) =>
        TimeSpan.Parse(text ?? string.Empty, context.CurrentCulture ?? CultureInfo.InvariantCulture);
}
