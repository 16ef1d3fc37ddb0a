using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>Every article a chronology event names must exist: its key is an article's translation key.</summary>
public static class ChronologyArticlesCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        var keys = site.Translations.Where(t => t.Kind == PageKind.Article).Select(t => t.Key).ToList();
        foreach (var item in site.Events)
        {
            foreach (var key in item.Articles.Where(k => !keys.Contains(k)))
            {
                var suggestion = DidYouMean.Find(key, keys);
                diagnostics.Error(AnalyseDiagnosticIds.UnknownChronologyArticle, item.ArticlesLocation,
                    $"the event of {item.Date} names the article '{key}', which does not exist",
                    suggestion is not null ? $"did you mean '{suggestion}'?" : "use an article's translation key (its file name by default)");
            }
        }
    }
}
