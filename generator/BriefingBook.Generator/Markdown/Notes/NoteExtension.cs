using Markdig;
using Markdig.Renderers;

namespace BriefingBook.Generator.Markdown.Notes;

/// <summary>Editor's notes and margin notes written as <c>:::editor-note</c> and <c>:::margin</c> blocks.</summary>
public sealed class NoteExtension : IMarkdownExtension
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the extension for one language.</summary>
    public NoteExtension(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<NoteBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new NoteBlockParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer && !htmlRenderer.ObjectRenderers.Contains<HtmlNoteRenderer>())
        {
            htmlRenderer.ObjectRenderers.Insert(0, new HtmlNoteRenderer(options));
        }
    }
}
