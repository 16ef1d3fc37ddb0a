namespace BriefingBook.Generator.Print;

/// <summary>
/// An index mark the print edition placed right before indexed words: the paragraph it lies in, the entry it
/// stands for (glossary or who's who key) or the indexed words, and its id.
/// </summary>
public sealed record PrintIndexMark(string? Paragraph, string? EntryKey, string Words, string Id);
