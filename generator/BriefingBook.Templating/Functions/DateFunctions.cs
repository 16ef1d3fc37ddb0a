using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;
using BriefingBook.Templating.Runtime.Binding;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The <c>date</c> namespace: current time from a settable clock, parsing, arithmetic and strftime-style
/// formatting. <c>date.format</c> is the format dates print with; calling <c>date "text"</c> parses.
/// </summary>
public sealed partial class DateFunctions : ScriptObject, IScriptCustomFunction
{
    /// <summary>The format dates print with until a template assigns <c>date.format</c>.</summary>
    public const string DefaultFormat = "%d %b %Y";

    // These read the instance's clock and format, so each namespace binds its own copy.
    private static readonly MethodInfo NowMethod = typeof(DateFunctions).GetMethod(nameof(Now), Type.EmptyTypes)!;
    private static readonly MethodInfo UtcNowMethod = typeof(DateFunctions).GetMethod(nameof(UtcNow), Type.EmptyTypes)!;
    private static readonly MethodInfo ToStringMethod = typeof(DateFunctions).GetMethod(
        nameof(ToString), [typeof(TemplateContext), typeof(SourceSpan), typeof(DateTime?), typeof(string), typeof(string)])!;

    public DateFunctions()
    {
        Import(typeof(DateFunctions), "date");
        BindInstanceFunctions();
        SetValue("default_format", DefaultFormat, readOnly: true);
        SetValue("format", DefaultFormat, readOnly: false);
    }

    /// <summary>An overlay for one render: the shared clock, and the functions that read the format bound to the overlay.</summary>
    private DateFunctions(TimeProvider clock)
    {
        Clock = clock;
        BindInstanceFunctions();
    }

    /// <summary>Still callable as <c>date "text"</c>, and <c>date.format</c> set in a render is that render's own.</summary>
    protected override ScriptObject CreateOverlay() => new DateFunctions(Clock);

    /// <summary>Where <c>date.now</c> reads the time; the host can set a fixed clock for reproducible output.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The format assigned to <c>date.format</c>, or the default one.</summary>
    public string CurrentFormat => this["format"] as string ?? DefaultFormat;

    public DateTime Now() => Clock.GetLocalNow().DateTime;

    public DateTime UtcNow() => Clock.GetUtcNow().UtcDateTime;

    public static DateTime AddDays(DateTime date, double days) => date.AddDays(days);

    public static DateTime AddMonths(DateTime date, int months) => date.AddMonths(months);

    public static DateTime AddYears(DateTime date, int years) => date.AddYears(years);

    public static DateTime AddHours(DateTime date, double hours) => date.AddHours(hours);

    public static DateTime AddMinutes(DateTime date, double minutes) => date.AddMinutes(minutes);

    public static DateTime AddSeconds(DateTime date, double seconds) => date.AddSeconds(seconds);

    public static DateTime AddMilliseconds(DateTime date, double millis) => date.AddMilliseconds(millis);

    /// <summary>
    /// Parses a date, freely or with a <c>%</c> pattern, in <paramref name="culture"/> or the render's culture.
    /// Empty text gives null; text that does not parse gives the minimal date.
    /// </summary>
    public static DateTime? Parse(TemplateContext context, SourceSpan span, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        var hasOffset = OffsetSuffix().IsMatch(text) || text.TrimEnd().EndsWith('Z') || text.TrimEnd().EndsWith('z');
        var styles = hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeLocal;

        if (pattern is not null)
        {
            var format = StrftimeFormatter.ToParseFormat(span, pattern, ref provider);
            if (hasOffset)
            {
                return DateTimeOffset.TryParseExact(text, format, provider, styles, out var withOffset) ? withOffset.LocalDateTime : default;
            }
            return DateTime.TryParseExact(text, format, provider, styles, out var exact) ? exact : default;
        }
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(text, provider, styles, out var withOffset) ? withOffset.LocalDateTime : default;
        }
        return DateTime.TryParse(text, provider, styles, out var parsed) ? parsed : default;
    }

    /// <summary>
    /// Parses <paramref name="text"/> (with an optional input pattern and culture) and formats it with
    /// <paramref name="outputPattern"/>, or <c>date.format</c>, in the output culture.
    /// </summary>
    public static string? ParseToString(
        TemplateContext context,
        SourceSpan span,
        string? text,
        string? outputPattern = null,
        string? outputCulture = null,
        string? inputPattern = null,
        string? inputCulture = null)
    {
        var date = Parse(context, span, text, inputPattern, inputCulture);
        var provider = outputCulture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(outputCulture);
        return date is null ? null : StrftimeFormatter.Format(date.Value, outputPattern ?? FormatOf(context), provider);
    }

    /// <summary>Formats a date with a <c>%</c> pattern; <c>%g</c> alone means <c>date.format</c> in the invariant culture.</summary>
    public string? ToString(TemplateContext context, SourceSpan span, DateTime? date, string? pattern, string? culture = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (date is null)
        {
            return null;
        }
        if (pattern == "%g")
        {
            pattern = "%g " + CurrentFormat;
        }
        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return StrftimeFormatter.Format(date.Value, pattern, provider);
    }

    /// <summary>The text a date prints as in <paramref name="context"/>: <c>date.format</c> in the render's culture.</summary>
    [ScriptMemberIgnore]
    public static string FormatDate(TemplateContext context, DateTime date) =>
        StrftimeFormatter.Format(date, FormatOf(context), context.CurrentCulture);

    /// <summary>Called as a function, <c>date</c> parses its one argument; without one it is the namespace itself.</summary>
    public object? Invoke(
        TemplateContext context,
        SourceSpan span,
        IReadOnlyList<object?> arguments,
        IReadOnlyList<KeyValuePair<string, object?>>? namedArguments = null) => arguments.Count switch
        {
            0 => this,
            1 => Parse(context, span, context.ObjectToString(arguments[0])),
            _ => throw new ScriptRuntimeException(span, $"Invalid number of parameters `{arguments.Count}` for `date` object/function."),
        };

    private static string FormatOf(TemplateContext context) =>
        context.BuiltinObject.TryGetValue("date", out var value) && value is DateFunctions date ? date.CurrentFormat : DefaultFormat;

    private void BindInstanceFunctions()
    {
        ImportInstance(NowMethod, "now");
        ImportInstance(UtcNowMethod, "utc_now");
        ImportInstance(ToStringMethod, "to_string");
    }

    private void ImportInstance(MethodInfo method, string name) =>
        SetValue(name, new ReflectionFunction($"date.{name}", method, this), readOnly: true);

    [GeneratedRegex(@"\+\d")]
    private static partial Regex OffsetSuffix();
}
