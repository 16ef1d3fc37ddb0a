using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown;

/// <summary>
/// The shape shared by the annotations written inline: their parsers are tried before Markdig's, a pass runs
/// over the document once it is parsed (with its <see cref="AnnotationSession"/> bound), and their HTML
/// renderers come before Markdig's. Setting an extension up twice changes nothing.
/// </summary>
public abstract class InlineAnnotationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        AnnotationSessionBinder.Install(pipeline);
        foreach (var parser in CreateParsers())
        {
            if (!pipeline.InlineParsers.Any(existing => existing.GetType() == parser.GetType()))
            {
                pipeline.InlineParsers.Insert(0, parser);
            }
        }

        pipeline.DocumentProcessed -= Process;
        pipeline.DocumentProcessed += Process;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer htmlRenderer)
        {
            return;
        }

        foreach (var objectRenderer in CreateHtmlRenderers())
        {
            if (!htmlRenderer.ObjectRenderers.Any(existing => existing.GetType() == objectRenderer.GetType()))
            {
                htmlRenderer.ObjectRenderers.Insert(0, objectRenderer);
            }
        }
    }

    /// <summary>The parsers of the syntax.</summary>
    protected abstract IEnumerable<InlineParser> CreateParsers();

    /// <summary>The pass over the whole document, once it is parsed.</summary>
    protected abstract void Process(MarkdownDocument document);

    /// <summary>The renderers of the inlines the parsers and the pass create.</summary>
    protected abstract IEnumerable<IMarkdownObjectRenderer> CreateHtmlRenderers();
}
