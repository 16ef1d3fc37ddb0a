namespace BriefingBook.Generator.Markdown;

/// <summary>The HTML of a document and what the annotation layer found in it.</summary>
/// <param name="Html">The rendered body.</param>
/// <param name="Result">Mentions, index marks, cross-references and anchors, in document order.</param>
public sealed record AnnotatedHtml(string Html, AnnotationResult Result);
