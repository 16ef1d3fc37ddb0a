namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>Which mentions of an entry become links (site.yml <c>glossary.link</c>).</summary>
public enum EntryLinkMode
{
    /// <summary>Only the first mention of each entry in an article (<c>first_per_article</c>).</summary>
    FirstPerArticle,

    /// <summary>The first mention of each entry in each <c>##</c> section (<c>first_per_section</c>).</summary>
    FirstPerSection,

    /// <summary>Every mention (<c>all</c>).</summary>
    All,

    /// <summary>No mention is linked; mentions are still recorded (<c>none</c>).</summary>
    None,
}
