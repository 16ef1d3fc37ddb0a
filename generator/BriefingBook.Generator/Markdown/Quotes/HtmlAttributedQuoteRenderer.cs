using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.Quotes;

/// <summary>
/// Writes a quotation with its source as <c>&lt;figure class="quote"&gt;&lt;blockquote&gt;..&lt;/blockquote&gt;
/// &lt;figcaption&gt;..&lt;/figcaption&gt;&lt;/figure&gt;</c>, and any other quotation as Markdig does.
/// </summary>
public sealed class HtmlAttributedQuoteRenderer : HtmlObjectRenderer<QuoteBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuoteBlock obj)
    {
        var attribution = QuoteAttribution.Of(obj);
        renderer.EnsureLine();
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        if (attribution is null || !renderer.EnableHtmlForBlock)
        {
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("<blockquote").WriteAttributes(obj).WriteLine(">");
            }

            renderer.WriteChildren(obj);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine("</blockquote>");
            }
        }
        else
        {
            renderer.Write("<figure class=\"quote\"").WriteAttributes(obj).WriteLine(">");
            renderer.WriteLine("<blockquote>");
            for (var i = 0; i < obj.Count - 1; i++)
            {
                renderer.Write(obj[i]);
            }

            renderer.EnsureLine();
            renderer.WriteLine("</blockquote>");
            renderer.Write("<figcaption").WriteAttributes(attribution).Write('>');
            renderer.WriteLeafInline(attribution);
            renderer.WriteLine("</figcaption>");
            renderer.WriteLine("</figure>");
        }

        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
    }
}
