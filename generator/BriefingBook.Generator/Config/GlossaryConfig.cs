namespace BriefingBook.Generator.Config;

/// <summary>The <c>glossary:</c> section of site.yml.</summary>
public sealed record GlossaryConfig(GlossaryLinkMode Link = GlossaryLinkMode.FirstPerArticle);
