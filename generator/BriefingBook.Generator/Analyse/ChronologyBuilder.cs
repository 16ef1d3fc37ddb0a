using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Builds each language's chronology from <c>content/chronology.yml</c> and from the <c>events:</c> of the
/// articles of that language, sorted by date (a partial date before the precise dates it holds), then in the
/// order they are written.
/// </summary>
public static class ChronologyBuilder
{
    public static void Run(Site site)
    {
        foreach (var language in site.Config.Languages.Select(l => l.Code))
        {
            var items = new List<ChronologyItem>();
            foreach (var item in site.Events)
            {
                if (item.Text.GetValueOrDefault(language) is not { } text)
                {
                    continue;
                }
                var articles = item.Articles
                    .Select(k => site.Translations.FirstOrDefault(t => t.Kind == PageKind.Article && t.Key == k)?.For(language))
                    .OfType<Page>()
                    .Distinct()
                    .ToList();
                items.Add(new ChronologyItem(item.Date, text, articles, item.Location));
            }
            foreach (var page in site.Pages.Where(p => p.Language == language && p.Kind == PageKind.Article))
            {
                items.AddRange(page.Events.Select(e => new ChronologyItem(e.Date, e.Text, [page], e.Location)));
            }
            site.Chronology[language] = items
                .OrderBy(i => i.Date)
                .ThenBy(i => i.Location.Path, StringComparer.Ordinal)
                .ThenBy(i => i.Location.Line)
                .ToList();
        }
    }
}
