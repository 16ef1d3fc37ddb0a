namespace BriefingBook.Generator.Markdown.Anchors;

/// <summary>An id given to a paragraph (or list item, table) so that locators can lead to it.</summary>
/// <param name="Id">The id, unique in the document.</param>
/// <param name="Line">Line in the source file where the paragraph starts, from 1.</param>
public sealed record ParagraphAnchor(string Id, int Line);
