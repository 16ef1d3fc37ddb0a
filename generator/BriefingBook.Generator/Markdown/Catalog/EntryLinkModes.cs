namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>Reads and writes <see cref="EntryLinkMode"/> as the snake_case words editors write in site.yml.</summary>
public static class EntryLinkModes
{
    /// <summary>The accepted words, in the order the editor's guide lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["first_per_article", "first_per_section", "all", "none"];

    /// <summary>Parses <c>first_per_article</c>, <c>first_per_section</c>, <c>all</c> or <c>none</c>.</summary>
    public static bool TryParse(string? text, out EntryLinkMode mode)
    {
        switch (text?.Trim())
        {
            case "first_per_article": mode = EntryLinkMode.FirstPerArticle; return true;
            case "first_per_section": mode = EntryLinkMode.FirstPerSection; return true;
            case "all": mode = EntryLinkMode.All; return true;
            case "none": mode = EntryLinkMode.None; return true;
            default: mode = EntryLinkMode.FirstPerArticle; return false;
        }
    }

    /// <summary>The site.yml word for a mode.</summary>
    public static string ToName(EntryLinkMode mode) => Names[(int)mode];
}
