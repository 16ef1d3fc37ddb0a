namespace BriefingBook.Generator.Config;

/// <summary>Which mentions of a glossary or who's who entry become links (<c>glossary.link</c> in site.yml).</summary>
public enum GlossaryLinkMode
{
    FirstPerArticle,
    FirstPerSection,
    All,
    None,
}
