using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// Cross-references by key to articles, sections and entries, resolved once the document is parsed through
/// the document's <see cref="Catalog.ICrossReferenceResolver"/>.
/// </summary>
public sealed class CrossReferenceExtension : InlineAnnotationExtension
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the extension for one language.</summary>
    public CrossReferenceExtension(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    protected override IEnumerable<InlineParser> CreateParsers() => [new CrossReferenceParser()];

    /// <inheritdoc />
    protected override void Process(MarkdownDocument document) => CrossReferenceResolver.Resolve(document);

    /// <inheritdoc />
    protected override IEnumerable<IMarkdownObjectRenderer> CreateHtmlRenderers() => [new HtmlCrossReferenceRenderer(options)];
}
