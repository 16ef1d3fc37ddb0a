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
            foreach (var page in pages)
            {
                page.CitedIn = citations.GetValueOrDefault(page) ?? [];
            }
            RelatedArticles(articles);
        }
    }

    /// <summary>
    /// Scores the articles that share a tag or an entry with each article through lists of the articles holding each
    /// tag and entry, so that pairs sharing nothing are never looked at and nothing is allocated per pair, and keeps
    /// each article's best few: highest score first, then book order, key and position in the book.
    /// </summary>
    private static void RelatedArticles(List<Page> articles)
    {
        var holders = new Dictionary<(bool IsTag, string Key), List<int>>();
        var material = new List<(List<int> Holders, int Weight)>[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var tags = articles[i].Tags.Distinct(StringComparer.Ordinal).Select(t => (true, t));
            var entries = (articles[i].Annotations?.Mentions ?? []).Select(m => m.EntryKey).Distinct(StringComparer.Ordinal).Select(e => (false, e));
            material[i] = [];
            foreach (var key in tags.Concat(entries))
            {
                var list = holders.TryGetValue(key, out var found) ? found : holders[key] = [];
                list.Add(i);
                material[i].Add((list, key.Item1 ? TagWeight : 1));
            }
        }
        var scores = new int[articles.Count];
        var scored = new List<int>();
        var best = new List<int>(RelatedCount + 1);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var (list, weight) in material[i])
            {
                foreach (var other in list)
                {
                    if (other != i)
                    {
                        if (scores[other] == 0)
                        {
                            scored.Add(other);
                        }
                        scores[other] += weight;
                    }
                }
            }
            foreach (var candidate in scored)
            {
                var at = best.Count;
                while (at > 0 && Ranks(candidate, best[at - 1], scores, articles))
                {
                    at--;
                }
                if (at < RelatedCount)
                {
                    best.Insert(at, candidate);
                    if (best.Count > RelatedCount)
                    {
                        best.RemoveAt(RelatedCount);
                    }
                }
            }
            articles[i].Related = best.Select(j => articles[j]).ToList();
            foreach (var other in scored)
            {
                scores[other] = 0;
            }
            scored.Clear();
            best.Clear();
        }
    }

    /// <summary>Whether article <paramref name="a"/> is listed before <paramref name="b"/>.</summary>
    private static bool Ranks(int a, int b, int[] scores, List<Page> articles)
    {
        if (scores[a] != scores[b])
        {
            return scores[a] > scores[b];
        }
        if (articles[a].Order != articles[b].Order)
        {
            return articles[a].Order < articles[b].Order;
        }
        var byKey = string.CompareOrdinal(articles[a].TranslationKey, articles[b].TranslationKey);
        return byKey != 0 ? byKey < 0 : a < b;
    }
}
