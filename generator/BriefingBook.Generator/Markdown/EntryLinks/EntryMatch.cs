namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>One mention found in a text: where it starts, how long it is and which entry it names.</summary>
/// <param name="Start">Index of the first character in the scanned text.</param>
/// <param name="Length">Number of characters of the mention.</param>
/// <param name="EntryIndex">Index of the entry in its <see cref="Catalog.EntryCatalog"/>.</param>
public readonly record struct EntryMatch(int Start, int Length, int EntryIndex);
