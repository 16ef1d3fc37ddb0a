namespace BriefingBook.Generator.Render;

/// <summary>
/// Links between output files, always relative, so the site works on any host, under any sub-path
/// and from disk. Paths are relative to the output folder, with <c>/</c>.
/// </summary>
public static class RelativeUrl
{
    /// <summary>The link from the page at <paramref name="from"/> to the file at <paramref name="to"/>.</summary>
    public static string From(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }
        var ups = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        return ups + string.Join('/', toParts[common..].Select(Uri.EscapeDataString));
    }

    /// <summary>The prefix that leads from the page at <paramref name="from"/> to the output's root (<c>""</c> or <c>../..</c>/).</summary>
    public static string Root(string from) => string.Concat(Enumerable.Repeat("../", from.Count(c => c == '/')));
}
