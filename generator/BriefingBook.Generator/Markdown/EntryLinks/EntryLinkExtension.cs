using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Links mentions of glossary and who's who entries, with a tooltip, and understands the <c>{!text!}</c>
/// opt-out. Runs once the document is parsed, after paragraph anchors and cross-references.
/// </summary>
public sealed class EntryLinkExtension : InlineAnnotationExtension
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
    protected override IEnumerable<InlineParser> CreateParsers() => [new EntryOptOutParser()];

    /// <inheritdoc />
    protected override void Process(MarkdownDocument document) => linker.Link(document);

    /// <inheritdoc />
    protected override IEnumerable<IMarkdownObjectRenderer> CreateHtmlRenderers() =>
        [new HtmlEntryLinkRenderer(options), new HtmlEntryOptOutRenderer()];
}
