using BriefingBook.Generator.Markdown.Catalog;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Render;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Resolves the keys editors write (<c>[[key]]</c>, <c>[[key#section]]</c>) and linked entries to links
/// relative to one page, in the reader's language: articles first, then standalone pages, then entries.
/// </summary>
public sealed class SiteCrossReferenceResolver(SiteKeys keys, string language, string fromPath) : ICrossReferenceResolver
{
    public CrossReferenceTarget? Resolve(string key, string? section)
    {
        if (keys.FindPage(language, key) is { } page)
        {
            var url = RelativeUrl.From(fromPath, page.OutputPath);
            if (section is null)
            {
                return new CrossReferenceTarget(url, page.Title, page.Kind == PageKind.Article ? "article" : "page");
            }
            return page.Headings.Any(h => h.Id == section)
                ? new CrossReferenceTarget(url + "#" + section, page.Title, page.Kind == PageKind.Article ? "article" : "page")
                : null;
        }
        return section is null ? ResolveEntry(key) : null;
    }

    public CrossReferenceTarget? ResolveEntry(string entryKey) =>
        keys.FindEntry(language, entryKey) is { } entry
            ? new CrossReferenceTarget(RelativeUrl.From(fromPath, entry.OutputPath) + "#" + entry.Key, entry.Name, CrossReferenceTarget.EntryKind)
            : null;
}
