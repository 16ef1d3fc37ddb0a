namespace BriefingBook.Generator.Print;

/// <summary>
/// Sets a title as a print heading: its last two words are kept on one line, so a heading that wraps never leaves
/// one word alone on its last line. The words stay the same text; only a span that does not wrap is added.
/// </summary>
public static class PrintTitle
{
    /// <summary>Longer than this, the last two words would crowd the line they share: they may wrap as usual.</summary>
    private const int MaxKeptLength = 30;

    public static string KeepLastWordsTogether(string escapedTitle)
    {
        var title = escapedTitle.TrimEnd();
        var last = title.LastIndexOf(' ');
        var before = last > 0 ? title.LastIndexOf(' ', last - 1) : -1;
        // Three words at least: a two-word title is always balanced, and kept together it could not wrap at all.
        if (before <= 0 || title.Length - before - 1 > MaxKeptLength)
        {
            return escapedTitle;
        }
        return $"{title[..(before + 1)]}<span class=\"keep-together\">{title[(before + 1)..]}</span>";
    }
}
