using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>Gathers the tags of each language with their articles in book order.</summary>
public static class TagCollector
{
    public static void Run(Site site)
    {
        foreach (var language in site.Config.Languages)
        {
            var articles = site.Articles(language.Code).ToList();
            var tags = articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            site.Tags.AddRange(tags.Select(t => new Tag(language.Code, t, articles.Where(a => a.Tags.Contains(t)).ToList())));
        }
    }
}
