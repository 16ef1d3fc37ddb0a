using BriefingBook.Generator.Markdown.Session;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.Quotes;

/// <summary>
/// Finds quotations with their source: a <c>&gt;</c> quotation of at least two paragraphs whose last
/// paragraph starts with an em dash and a space (<c>— Mark Rutte, à Tokyo</c>).
/// </summary>
public static class QuoteAttribution
{
    private static readonly object AttributionKey = new();

    /// <summary>The paragraph naming the source of <paramref name="quote"/>, or null.</summary>
    public static ParagraphBlock? Of(QuoteBlock quote) => quote.GetData(AttributionKey) as ParagraphBlock;

    internal static void Detect(MarkdownDocument document)
    {
        foreach (var quote in MarkdownTree.Blocks(document).OfType<QuoteBlock>())
        {
            if (quote.Count >= 2 && quote[^1] is ParagraphBlock { Inline.FirstChild: LiteralInline first } last && StartsWithDash(first))
            {
                quote.SetData(AttributionKey, last);
            }
        }
    }

    private static bool StartsWithDash(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        return text.Length >= 2 && text[0] == '\u2014' && (text[1] == ' ' || text[1] == '\u00A0');
    }
}
