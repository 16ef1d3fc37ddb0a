using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;

namespace BriefingBook.Generator.Markdown;

/// <summary>
/// The annotation layer for one language: built once from <see cref="AnnotationOptions"/>, then parses and
/// renders any number of documents, each with its own <see cref="AnnotationContext"/>. Safe to share
/// between threads.
/// </summary>
public sealed class AnnotationPipeline
{
    /// <summary>Builds the Markdig pipeline for one language.</summary>
    public AnnotationPipeline(AnnotationOptions options)
    {
        Options = options;
        MarkdigPipeline = new MarkdownPipelineBuilder().UseBriefingBookAnnotations(options).Build();
    }

    /// <summary>The settings the pipeline was built with.</summary>
    public AnnotationOptions Options { get; }

    /// <summary>The underlying Markdig pipeline.</summary>
    public MarkdownPipeline MarkdigPipeline { get; }

    /// <summary>Parses a Markdown body (front matter removed) and annotates it.</summary>
    public AnnotatedDocument Parse(string markdown, AnnotationContext? context = null)
    {
        var session = new AnnotationSession(context ?? new AnnotationContext());
        var document = global::Markdig.Markdown.Parse(markdown, MarkdigPipeline, session.CreateParserContext());
        return new AnnotatedDocument(document, AnnotationSession.Of(document).Result);
    }

    /// <summary>Renders a parsed document to HTML.</summary>
    public string Render(AnnotatedDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdigPipeline.Setup(renderer);
        renderer.Render(document.Syntax);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Parses and renders a Markdown body in one step.</summary>
    public AnnotatedHtml ToHtml(string markdown, AnnotationContext? context = null)
    {
        var document = Parse(markdown, context);
        return new AnnotatedHtml(Render(document), document.Result);
    }
}
