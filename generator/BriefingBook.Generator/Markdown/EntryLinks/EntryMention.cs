namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>A mention of an entry in a document, linked or not, with the paragraph it is in.</summary>
/// <param name="EntryKey">The entry mentioned.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Anchor">The id of the paragraph (or list item, table) holding the mention; null if none.</param>
/// <param name="Line">Line in the source file, from 1.</param>
/// <param name="Column">Column in the source file, from 1.</param>
/// <param name="Linked">Whether this mention became a link.</param>
public sealed record EntryMention(string EntryKey, string Text, string? Anchor, int Line, int Column, bool Linked);
