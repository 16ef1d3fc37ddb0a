using System.Text;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The <c>string</c> namespace: tests, case, trimming, search and replace, slicing and truncation.
/// A null text behaves as an empty one wherever that makes sense.
/// </summary>
public sealed partial class StringFunctions : ScriptObject
{
    public StringFunctions()
    {
        Import(typeof(StringFunctions), "string");
    }

    public static string Append(string? text, string? with) => (text ?? string.Empty) + (with ?? string.Empty);

    public static string Prepend(string? text, string? by) => (by ?? string.Empty) + (text ?? string.Empty);

    public static string Capitalize(string? text)
    {
        if (string.IsNullOrEmpty(text) || char.IsUpper(text[0]))
        {
            return text ?? string.Empty;
        }
        return char.ToUpper(text[0]) + text[1..];
    }

    public static string Capitalizewords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length);
        var afterSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                afterSpace = true;
                builder.Append(c);
            }
            else if (afterSpace && char.IsLetter(c))
            {
                afterSpace = false;
                builder.Append(char.ToUpper(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static string? Downcase(string? text) => text?.ToLowerInvariant();

    public static string? Upcase(string? text) => text?.ToUpperInvariant();

    public static bool Contains(string? text, string? value) =>
        !string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(value) && text.Contains(value, StringComparison.Ordinal);

    public static bool StartsWith(string? text, string? value) =>
        !string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(value) && text.StartsWith(value, StringComparison.Ordinal);

    public static bool EndsWith(string? text, string? value) =>
        !string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(value) && text.EndsWith(value, StringComparison.Ordinal);

    public static bool Empty(string? text) => string.IsNullOrEmpty(text);

    public static bool Whitespace(string? text) => string.IsNullOrWhiteSpace(text);

    public static bool EqualsIgnoreCase(string? text, string? value) =>
        text is not null && text.Equals(value, StringComparison.InvariantCultureIgnoreCase);

    /// <summary>A lowercase url handle: letters and digits kept, every other run of characters becomes one dash.</summary>
    public static string Handleize(string? text)
    {
        var builder = new StringBuilder();
        var last = '\0';
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsLetterOrDigit(c))
            {
                last = c;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (last != '-')
            {
                builder.Append('-');
                last = '-';
            }
        }
        if (builder.Length > 0 && builder[^1] == '-')
        {
            builder.Length--;
        }
        return builder.ToString();
    }

    public static string? Lstrip(string? text) => text?.TrimStart();

    public static string? Rstrip(string? text) => text?.TrimEnd();

    public static string? Strip(string? text) => text?.Trim();

    public static string StripNewlines(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace("\r\n", string.Empty).Replace("\r", string.Empty).Replace("\n", string.Empty);

    public static string PadLeft(TemplateContext context, SourceSpan span, string? text, int width) =>
        (text ?? string.Empty).PadLeft(CheckWidth(context, span, width));

    public static string PadRight(TemplateContext context, SourceSpan span, string? text, int width) =>
        (text ?? string.Empty).PadRight(CheckWidth(context, span, width));

    public static string Pluralize(int number, string? singular, string? plural) => (number == 1 ? singular : plural) ?? string.Empty;

    public static int Size(string? text) => text?.Length ?? 0;

    /// <summary>The items between occurrences of <paramref name="match"/> (of whitespace when it is empty), empty items dropped.</summary>
    public static ScriptArray Split(string? text, string? match)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new ScriptArray();
        }
        var parts = string.IsNullOrEmpty(match)
            ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : text.Split(match, StringSplitOptions.RemoveEmptyEntries);
        return new ScriptArray(parts);
    }

    /// <summary>
    /// The zero-based index of <paramref name="search"/> in <paramref name="text"/>, or -1; the search can
    /// start later, stop earlier, and use a named <see cref="StringComparison"/>.
    /// </summary>
    public static int IndexOf(string? text, string? search, int? startIndex = null, int? count = null, string? stringComparison = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(search);
        var comparison = StringComparison.CurrentCulture;
        if (stringComparison is not null && !Enum.TryParse(stringComparison, out comparison))
        {
            throw new ArgumentException($"'{stringComparison}' is not a valid stringComparison", nameof(stringComparison));
        }
        var start = startIndex ?? 0;
        return text.IndexOf(search, start, count ?? text.Length - start, comparison);
    }

    private static int CheckWidth(TemplateContext context, SourceSpan span, int width)
    {
        if (context.LimitToString > 0 && width > context.LimitToString)
        {
            throw new ScriptRuntimeException(span, $"The width `{width}` exceeds the limit of `{context.LimitToString}` characters of a string");
        }
        return Math.Max(0, width);
    }
}
