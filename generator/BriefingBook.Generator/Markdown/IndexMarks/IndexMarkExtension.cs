using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.Session;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// Explicit index marks: parses them, records each with its paragraph anchor once the document is parsed,
/// takes away the space an invisible mark would leave before punctuation, and writes visible terms.
/// </summary>
public sealed class IndexMarkExtension : InlineAnnotationExtension
{
    /// <inheritdoc />
    protected override IEnumerable<InlineParser> CreateParsers() => [new IndexMarkParser()];

    /// <inheritdoc />
    protected override IEnumerable<IMarkdownObjectRenderer> CreateHtmlRenderers() => [new HtmlIndexMarkRenderer()];

    /// <inheritdoc />
    protected override void Process(MarkdownDocument document)
    {
        var session = AnnotationSession.Of(document);
        foreach (var mark in MarkdownTree.Inlines(document).OfType<IndexMarkInline>())
        {
            if (!mark.Visible)
            {
                HiddenMarkSpacing.Tidy(mark);
            }

            session.Result.IndexMarkList.Add(new IndexMark(
                mark.Parts.Term,
                mark.Parts.SubTerm,
                mark.Parts.See,
                mark.Parts.SeeAlso,
                mark.Visible,
                ParagraphAnchors.Find(mark),
                session.FileLine(mark.Line),
                mark.Column + 1));
        }
    }
}
