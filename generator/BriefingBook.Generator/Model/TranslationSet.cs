namespace BriefingBook.Generator.Model;

/// <summary>The language versions of one article or page, paired by translation key.</summary>
public sealed class TranslationSet(PageKind kind, string key)
{
    private readonly SortedDictionary<string, Page> _pages = new(StringComparer.Ordinal);

    public PageKind Kind { get; } = kind;

    public string Key { get; } = key;

    public IReadOnlyDictionary<string, Page> Pages => _pages;

    public void Add(Page page) => _pages[page.Language] = page;

    public Page? For(string language) => _pages.GetValueOrDefault(language);
}
