using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Links mentions of glossary and who's who entries, with a tooltip, and understands the <c>{!text!}</c>
/// opt-out. Runs once the document is parsed, after paragraph anchors.
/// </summary>
public sealed class EntryLinkExtension : IMarkdownExtension
{
    private readonly AnnotationOptions options;
    private readonly EntryLinker linker;

    /// <summary>Creates the extension for one language's entries and link mode.</summary>
    public EntryLinkExtension(AnnotationOptions options)
    {
        this.options = options;
        linker = new EntryLinker(options);
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        AnnotationSessionBinder.Install(pipeline);
        if (!pipeline.InlineParsers.Contains<EntryOptOutParser>())
        {
            pipeline.InlineParsers.Insert(0, new EntryOptOutParser());
        }

        pipeline.DocumentProcessed -= linker.Link;
        pipeline.DocumentProcessed += linker.Link;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer)
        {
            if (!htmlRenderer.ObjectRenderers.Contains<HtmlEntryLinkRenderer>())
            {
                htmlRenderer.ObjectRenderers.Insert(0, new HtmlEntryLinkRenderer(options));
                htmlRenderer.ObjectRenderers.Insert(0, new HtmlEntryOptOutRenderer());
            }
        }
    }
}
