using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// Cross-references by key to articles, sections and entries, resolved once the document is parsed through
/// the document's <see cref="Catalog.ICrossReferenceResolver"/>.
/// </summary>
public sealed class CrossReferenceExtension : IMarkdownExtension
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the extension for one language.</summary>
    public CrossReferenceExtension(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        AnnotationSessionBinder.Install(pipeline);
        if (!pipeline.InlineParsers.Contains<CrossReferenceParser>())
        {
            pipeline.InlineParsers.Insert(0, new CrossReferenceParser());
        }

        pipeline.DocumentProcessed -= CrossReferenceResolver.Resolve;
        pipeline.DocumentProcessed += CrossReferenceResolver.Resolve;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer)
        {
            if (!htmlRenderer.ObjectRenderers.Contains<HtmlCrossReferenceRenderer>())
            {
                htmlRenderer.ObjectRenderers.Insert(0, new HtmlCrossReferenceRenderer(options));
            }
        }
    }
}
