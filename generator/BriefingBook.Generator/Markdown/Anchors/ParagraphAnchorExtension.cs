using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;

namespace BriefingBook.Generator.Markdown.Anchors;

/// <summary>
/// Gives paragraphs stable ids once a document is parsed. Must come before the extensions that record
/// where things are (cross-references, index marks, entry links): they read these ids.
/// </summary>
public sealed class ParagraphAnchorExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        AnnotationSessionBinder.Install(pipeline);
        pipeline.DocumentProcessed -= ParagraphAnchorAssigner.Assign;
        pipeline.DocumentProcessed += ParagraphAnchorAssigner.Assign;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
