namespace BriefingBook.Generator.Parse;

/// <summary>Tells links that run code or embed content (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>) from safe ones.</summary>
public static class UrlSafety
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>True when the URL, once entities, controls and spaces are ignored, starts with an unsafe scheme.</summary>
    public static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }
        var decoded = System.Net.WebUtility.HtmlDecode(Uri.UnescapeDataString(url.Length > 4096 ? url[..4096] : url));
        var compact = new string(decoded.Where(c => c > ' ' && c != '\u007F' && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF')).ToArray());
        return UnsafeSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
