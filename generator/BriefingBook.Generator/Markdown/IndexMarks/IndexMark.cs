namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>An explicit index mark of a document, with the paragraph it points to.</summary>
/// <param name="Term">The index heading (<c>Dissuasion</c>).</param>
/// <param name="SubTerm">The sub-entry under it (<c>nucléaire</c>), or null.</param>
/// <param name="See">Targets of "see" (the term has no locator of its own).</param>
/// <param name="SeeAlso">Targets of "see also".</param>
/// <param name="Visible">True for <c>((term))</c>, printed in the text; false for <c>(((Term)))</c>.</param>
/// <param name="Anchor">The id of the paragraph holding the mark; null if none.</param>
/// <param name="Line">Line in the source file, from 1.</param>
/// <param name="Column">Column in the source file, from 1.</param>
public sealed record IndexMark(
    string Term,
    string? SubTerm,
    IReadOnlyList<string> See,
    IReadOnlyList<string> SeeAlso,
    bool Visible,
    string? Anchor,
    int Line,
    int Column);
