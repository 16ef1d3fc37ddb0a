using BriefingBook.Generator.Config;

namespace BriefingBook.Generator.Model;

/// <summary>The whole book as the stages see it: settings, pages, entries, chronology, and what analysis adds.</summary>
public sealed class Site(SiteConfig config)
{
    public SiteConfig Config { get; } = config;

    public List<Page> Pages { get; } = [];

    public List<Entry> Entries { get; } = [];

    public List<Event> Events { get; } = [];

    /// <summary>Pages paired across languages, by kind and translation key.</summary>
    public List<TranslationSet> Translations { get; } = [];

    public List<Tag> Tags { get; } = [];

    /// <summary>The back-of-book index of each language, sorted as its readers expect.</summary>
    public Dictionary<string, IReadOnlyList<IndexEntry>> Index { get; } = new(StringComparer.Ordinal);

    /// <summary>The chronology of each language: the data file's events and those of the articles, sorted by date.</summary>
    public Dictionary<string, IReadOnlyList<ChronologyItem>> Chronology { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether pages link to the PDF edition: it is enabled and will be in the output.</summary>
    public bool LinksPdf { get; set; }

    /// <summary>How many pages the stages work on at once.</summary>
    public ParallelOptions Parallelism { get; init; } = new();

    public IEnumerable<Page> Articles(string language) =>
        Pages.Where(p => p.Kind == PageKind.Article && p.Language == language)
            .OrderBy(p => p.Order)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Key, StringComparer.Ordinal);

    public Page? Home(string language) => Pages.FirstOrDefault(p => p.Kind == PageKind.Home && p.Language == language);
}
