using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// Explicit index marks: parses them, records each with its paragraph anchor once the document is parsed,
/// and writes visible terms.
/// </summary>
public sealed class IndexMarkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        AnnotationSessionBinder.Install(pipeline);
        if (!pipeline.InlineParsers.Contains<IndexMarkParser>())
        {
            pipeline.InlineParsers.Insert(0, new IndexMarkParser());
        }

        pipeline.DocumentProcessed -= Record;
        pipeline.DocumentProcessed += Record;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer)
        {
            if (!htmlRenderer.ObjectRenderers.Contains<HtmlIndexMarkRenderer>())
            {
                htmlRenderer.ObjectRenderers.Insert(0, new HtmlIndexMarkRenderer());
            }
        }
    }

    private static void Record(MarkdownDocument document)
    {
        var session = AnnotationSession.Of(document);
        foreach (var mark in MarkdownTree.Inlines(document).OfType<IndexMarkInline>())
        {
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
