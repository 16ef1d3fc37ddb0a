namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>
/// Turns keys written by editors into links for one reader's language and one page; the site implements it
/// from its model so that the annotation layer never builds an output path.
/// </summary>
public interface ICrossReferenceResolver
{
    /// <summary>
    /// Resolves <c>[[key]]</c> or <c>[[key#section]]</c>: an article, page or entry. Returns null when the key, or
    /// the section of that key, does not exist in this language.
    /// </summary>
    CrossReferenceTarget? Resolve(string key, string? section);

    /// <summary>Resolves an entry found by automatic linking; null leaves the mention unlinked.</summary>
    CrossReferenceTarget? ResolveEntry(string entryKey);
}
