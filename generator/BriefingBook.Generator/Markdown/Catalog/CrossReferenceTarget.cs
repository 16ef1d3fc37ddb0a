namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>What a key resolves to in the reader's language: where to link and what to call it.</summary>
/// <param name="Url">The link, relative to the page being rendered.</param>
/// <param name="Title">The target's title (article) or name (entry) in the reader's language.</param>
/// <param name="Kind">What the key names, written as a class on the link (<c>xref-article</c>, <c>xref-entry</c>...).</param>
public sealed record CrossReferenceTarget(string Url, string Title, string Kind)
{
    /// <summary>The <see cref="Kind"/> of a glossary or who's who entry.</summary>
    public const string EntryKind = "entry";

    /// <summary>Whether the target is a glossary or who's who entry.</summary>
    public bool IsEntry => Kind == EntryKind;
}
