using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>Replacement, removal, slicing and truncation of text.</summary>
public sealed partial class StringFunctions : ScriptObject
{
    public static string? Remove(string? text, string? remove) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(remove) ? text : text.Replace(remove, string.Empty, StringComparison.Ordinal);

    public static string RemoveFirst(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty);

    public static string RemoveLast(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty, fromEnd: true);

    public static string Replace(string? text, string? match, string? replace)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        return string.IsNullOrEmpty(match) ? text : text.Replace(match, replace ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Replaces the first (or, from the end, the last) occurrence of <paramref name="match"/>, ignoring case.</summary>
    public static string ReplaceFirst(string? text, string? match, string? replace, bool fromEnd = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (string.IsNullOrEmpty(match))
        {
            return text;
        }
        var index = fromEnd
            ? text.LastIndexOf(match, StringComparison.OrdinalIgnoreCase)
            : text.IndexOf(match, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replace ?? string.Empty, text.AsSpan(index + match.Length));
    }

    /// <summary>The substring from <paramref name="start"/> (negative counts from the end), to the end or of <paramref name="length"/> characters.</summary>
    public static string Slice(string? text, int start, int? length = null)
    {
        if (string.IsNullOrEmpty(text) || start >= text.Length)
        {
            return string.Empty;
        }
        if (start < 0)
        {
            start += text.Length;
        }
        var count = length ?? text.Length;
        if (start < 0)
        {
            if (start + count <= 0)
            {
                return string.Empty;
            }
            count += start;
            start = 0;
        }
        if (count < 0)
        {
            return string.Empty;
        }
        return text.Substring(start, Math.Min(count, text.Length - start));
    }

    /// <summary>Like <see cref="Slice"/>, but one character long unless told otherwise, as Liquid's <c>slice</c>.</summary>
    public static string Slice1(string? text, int start, int length = 1)
    {
        if (string.IsNullOrEmpty(text) || start > text.Length || length <= 0)
        {
            return string.Empty;
        }
        if (start < 0)
        {
            start += text.Length;
        }
        if (start < 0)
        {
            length += start;
            start = 0;
        }
        if (length <= 0 || start >= text.Length)
        {
            return string.Empty;
        }
        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    /// <summary>Cuts the text to <paramref name="length"/> characters, the ellipsis included.</summary>
    public static string Truncate(string? text, int length, string? ellipsis = null)
    {
        ellipsis ??= "...";
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (text.Length <= length)
        {
            return text;
        }
        var keep = Math.Max(0, length - ellipsis.Length);
        return text[..Math.Min(keep, text.Length)] + ellipsis;
    }

    /// <summary>Keeps the first <paramref name="count"/> words, joined by single spaces, then the ellipsis.</summary>
    public static string Truncatewords(string? text, int count, string? ellipsis = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var words = System.Text.RegularExpressions.Regex.Split(text, @"\s+").Take(Math.Max(0, count));
        return string.Join(' ', words) + (ellipsis ?? "...");
    }
}
