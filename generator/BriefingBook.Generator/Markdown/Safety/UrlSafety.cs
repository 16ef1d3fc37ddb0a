namespace BriefingBook.Generator.Markdown.Safety;

/// <summary>Tells URLs that run code or smuggle content (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) from the rest.</summary>
public static class UrlSafety
{
    private static readonly string[] UnsafeSchemes = ["javascript", "vbscript", "data"];

    /// <summary>
    /// Whether a URL has an unsafe scheme, read as a browser reads it: spaces and control characters around
    /// it and tabs or line breaks inside it do not count, nor does the case.
    /// </summary>
    public static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ' || char.IsControl(c))
            {
                continue;
            }

            if (c == ':')
            {
                return IsUnsafeScheme(scheme[..length]);
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return false;
            }

            if (length == scheme.Length)
            {
                return false;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return false;
    }

    private static bool IsUnsafeScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var candidate in UnsafeSchemes)
        {
            if (scheme.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
