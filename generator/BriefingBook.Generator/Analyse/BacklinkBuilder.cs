using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Finds, for each article, the pages that cross-reference it ("cited in", each with the paragraph that
/// cites it) and its related articles: those sharing the most tags and mentioned entries, best first,
/// then in book order and by key so that every build lists them the same way.
/// </summary>
public static class BacklinkBuilder
{
    /// <summary>How many related articles an article lists at most.</summary>
    public const int RelatedCount = 5;

    /// <summary>A shared tag weighs as much as this many shared entries.</summary>
    private const int TagWeight = 2;

    public static void Run(Site site)
    {
        var keys = new SiteKeys(site);
        foreach (var language in site.Config.Languages.Select(l => l.Code))
        {
            var pages = site.Pages.Where(p => p.Language == language)
                .OrderBy(p => p.Kind).ThenBy(p => p.Order).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            var citations = new Dictionary<Page, List<IndexLocator>>();
            foreach (var page in pages)
            {
                foreach (var reference in page.Annotations?.CrossReferences ?? [])
                {
                    if (reference.IsResolved && keys.FindPage(language, reference.Key) is { } cited && !ReferenceEquals(cited, page))
                    {
                        var list = citations.TryGetValue(cited, out var found) ? found : citations[cited] = [];
                        if (!list.Any(l => ReferenceEquals(l.Page, page) && l.Anchor == reference.Anchor))
                        {
                            list.Add(new IndexLocator(page, reference.Anchor));
                        }
                    }
                }
            }
            var articles = pages.Where(p => p.Kind == PageKind.Article).ToList();
            var entries = articles.ToDictionary(a => a, a => (a.Annotations?.Mentions ?? []).Select(m => m.EntryKey).ToHashSet(StringComparer.Ordinal));
            foreach (var page in pages)
            {
                page.CitedIn = citations.GetValueOrDefault(page) ?? [];
            }
            foreach (var article in articles)
            {
                article.Related = articles.Where(other => !ReferenceEquals(other, article))
                    .Select(other => (Page: other, Score: TagWeight * other.Tags.Intersect(article.Tags, StringComparer.Ordinal).Count()
                        + entries[other].Intersect(entries[article], StringComparer.Ordinal).Count()))
                    .Where(x => x.Score > 0)
                    .OrderByDescending(x => x.Score)
                    .ThenBy(x => x.Page.Order)
                    .ThenBy(x => x.Page.TranslationKey, StringComparer.Ordinal)
                    .Take(RelatedCount)
                    .Select(x => x.Page)
                    .ToList();
            }
        }
    }
}
