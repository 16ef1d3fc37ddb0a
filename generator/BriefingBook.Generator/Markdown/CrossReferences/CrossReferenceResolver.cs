using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.EntryLinks;
using BriefingBook.Generator.Markdown.Session;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// Once a document is parsed, resolves each cross-reference in the reader's language, gives it its link
/// text, and records it, resolved or not, with its position and paragraph.
/// </summary>
internal static class CrossReferenceResolver
{
    public static void Resolve(MarkdownDocument document)
    {
        var session = AnnotationSession.Of(document);
        foreach (var reference in MarkdownTree.Inlines(document).OfType<CrossReferenceInline>().ToList())
        {
            var target = session.Context.Resolver.Resolve(reference.Key, reference.Section);
            reference.Target = target;
            reference.IsNested = MarkdownTree.IsInside<LinkInline>(reference) || MarkdownTree.IsInside<EntryLinkInline>(reference);
            var label = reference.Text ?? target?.Title ?? reference.Written;
            reference.AppendChild(new LiteralInline(label)
            {
                Line = reference.Line,
                Column = reference.Column,
                Span = reference.Span,
            });
            session.Result.CrossReferenceList.Add(new CrossReference(
                reference.Key,
                reference.Section,
                reference.Text,
                target,
                ParagraphAnchors.Find(reference),
                session.FileLine(reference.Line),
                reference.Column + 1));
        }
    }
}
