using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.Quotes;

/// <summary>Quotations with their source, written as a figure with a caption.</summary>
public sealed class QuoteAttributionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= QuoteAttribution.Detect;
        pipeline.DocumentProcessed += QuoteAttribution.Detect;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer && !htmlRenderer.ObjectRenderers.Contains<HtmlAttributedQuoteRenderer>())
        {
            htmlRenderer.ObjectRenderers.ReplaceOrAdd<QuoteBlockRenderer>(new HtmlAttributedQuoteRenderer());
        }
    }
}
