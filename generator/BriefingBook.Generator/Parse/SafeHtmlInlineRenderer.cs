using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Parse;

/// <summary>Writes an allowed raw HTML tag after cleaning it with <see cref="RawHtmlSanitizer"/>.</summary>
public sealed class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(RawHtmlSanitizer.Clean(obj.Tag));
        }
    }
}
