using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>A cross-reference of a document and what it resolved to.</summary>
/// <param name="Key">The key written (<c>nato-japan-relations</c>).</param>
/// <param name="Section">The section id written after <c>#</c>, or null.</param>
/// <param name="Text">The editor's own link text after <c>|</c>, or null.</param>
/// <param name="Target">Where it leads; null when the key or section is unknown in this language.</param>
/// <param name="Anchor">The id of the paragraph holding the reference; null if none.</param>
/// <param name="Line">Line in the source file, from 1.</param>
/// <param name="Column">Column in the source file, from 1 (the first <c>[</c>).</param>
public sealed record CrossReference(
    string Key,
    string? Section,
    string? Text,
    CrossReferenceTarget? Target,
    string? Anchor,
    int Line,
    int Column)
{
    /// <summary>Whether the reference leads somewhere.</summary>
    public bool IsResolved => Target is not null;

    /// <summary>The reference as the editor wrote it between the brackets, without the text.</summary>
    public string Written => Section is null ? Key : Key + "#" + Section;
}
