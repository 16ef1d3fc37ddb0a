using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Markdown;

/// <summary>
/// Settings of the annotation layer for one language of a site: a pipeline is built once from them and
/// reused for every document of that language.
/// </summary>
public sealed record AnnotationOptions
{
    /// <summary>The language code of the documents (<c>fr</c>, <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The entries whose mentions are linked; built once per language.</summary>
    public EntryCatalog Catalog { get; init; } = EntryCatalog.Empty;

    /// <summary>Which mentions become links (site.yml <c>glossary.link</c>).</summary>
    public EntryLinkMode LinkMode { get; init; } = EntryLinkMode.FirstPerArticle;

    /// <summary>Words written into pages; null takes <see cref="AnnotationLabels.For"/> of the language.</summary>
    public AnnotationLabels? Labels { get; init; }

    /// <summary>Lets raw HTML through (off by default: HTML in Markdown is then printed as text).</summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>French spacing before <c>;:!?»</c> and after <c>«</c>; null turns it on for French documents.</summary>
    public bool? FrenchTypography { get; init; }

    /// <summary>The labels in effect.</summary>
    public AnnotationLabels EffectiveLabels => Labels ?? AnnotationLabels.For(Language);

    /// <summary>Whether French typography applies.</summary>
    public bool UsesFrenchTypography => FrenchTypography ?? Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
}
