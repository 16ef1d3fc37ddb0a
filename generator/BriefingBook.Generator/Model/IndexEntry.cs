namespace BriefingBook.Generator.Model;

/// <summary>
/// A heading of the back-of-book index in one language: an explicit index term or an entry, the places
/// it is mentioned, its sub-entries, and its "see" and "see also" references.
/// </summary>
public sealed class IndexEntry(string term, string id)
{
    public string Term { get; set; } = term;

    /// <summary>The anchor of the heading on the index page.</summary>
    public string Id { get; } = id;

    public List<IndexLocator> Locators { get; } = [];

    public SortedDictionary<string, IndexEntry> SubEntries { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> See { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> SeeAlso { get; } = new(StringComparer.Ordinal);

    /// <summary>The glossary or who's who entry this heading stands for, if any.</summary>
    public Entry? Entry { get; set; }

    public void AddLocator(Page page, string? anchor)
    {
        if (!Locators.Any(l => ReferenceEquals(l.Page, page) && l.Anchor == anchor))
        {
            Locators.Add(new IndexLocator(page, anchor));
        }
    }
}
