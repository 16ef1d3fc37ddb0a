using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.CrossReferences;
using BriefingBook.Generator.Markdown.EntryLinks;
using BriefingBook.Generator.Markdown.IndexMarks;
using BriefingBook.Generator.Markdown.Notes;
using BriefingBook.Generator.Markdown.Quotes;
using BriefingBook.Generator.Markdown.Safety;
using BriefingBook.Generator.Markdown.Typography;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace BriefingBook.Generator.Markdown;

/// <summary>Adds the book's Markdown dialect to a Markdig pipeline builder.</summary>
public static class AnnotationMarkdownExtensions
{
    /// <summary>
    /// Footnotes, pipe tables, definition lists, heading ids, figures, custom containers, typographic quotes
    /// and <c>{...}</c> attributes from Markdig; then, in this order, paragraph anchors, notes, attributed
    /// quotations, cross-references, index marks, entry links, link safety and (in French) typography. Raw
    /// HTML is printed as text unless <see cref="AnnotationOptions.AllowRawHtml"/> is set.
    /// </summary>
    public static MarkdownPipelineBuilder UseBriefingBookAnnotations(this MarkdownPipelineBuilder pipeline, AnnotationOptions options)
    {
        pipeline.PreciseSourceLocation = true;
        pipeline
            .UseFootnotes()
            .UsePipeTables()
            .UseDefinitionLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UseFigures()
            .UseCustomContainers()
            .UseSmartyPants(TypographicQuotes.For(options));

        pipeline.Extensions.AddIfNotAlready(new ParagraphAnchorExtension());
        pipeline.Extensions.AddIfNotAlready(new NoteExtension(options));
        pipeline.Extensions.AddIfNotAlready(new QuoteAttributionExtension());
        pipeline.Extensions.AddIfNotAlready(new CrossReferenceExtension(options));
        pipeline.Extensions.AddIfNotAlready(new IndexMarkExtension());
        pipeline.Extensions.AddIfNotAlready(new EntryLinkExtension(options));
        pipeline.Extensions.AddIfNotAlready(new SafeLinkExtension());
        if (options.UsesFrenchTypography)
        {
            pipeline.Extensions.AddIfNotAlready(new FrenchTypographyExtension());
        }

        if (!options.AllowRawHtml)
        {
            pipeline.DisableHtml();
        }

        // Markdig asks for generic attributes to come last: it extends the parsers added before it.
        return pipeline.UseGenericAttributes();
    }
}
