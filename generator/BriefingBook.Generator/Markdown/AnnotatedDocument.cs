using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown;

/// <summary>A parsed document and what the annotation layer found in it.</summary>
/// <param name="Syntax">The Markdig syntax tree, annotations included.</param>
/// <param name="Result">Mentions, index marks, cross-references and anchors, in document order.</param>
public sealed record AnnotatedDocument(MarkdownDocument Syntax, AnnotationResult Result);
