using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>The keys a cross-reference can name in each language: article and page translation keys, entry keys.</summary>
public sealed class SiteKeys
{
    private readonly Dictionary<(string Language, string Key), Page> _pages = [];
    private readonly Dictionary<(string Language, string Key), Entry> _entries = [];

    public SiteKeys(Site site)
    {
        foreach (var set in site.Translations.OrderBy(t => t.Kind))
        {
            foreach (var (language, page) in set.Pages)
            {
                _pages.TryAdd((language, set.Key), page);
            }
        }
        foreach (var entry in site.Entries)
        {
            _entries.TryAdd((entry.Language, entry.Key), entry);
        }
    }

    public Page? FindPage(string language, string key) => _pages.GetValueOrDefault((language, key));

    public Entry? FindEntry(string language, string key) => _entries.GetValueOrDefault((language, key));

    public IEnumerable<string> KeysOf(string language) =>
        _pages.Keys.Concat(_entries.Keys).Where(k => k.Language == language).Select(k => k.Key).Distinct(StringComparer.Ordinal);
}
