using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>Writes a visible index term as a marked span; a hidden mark writes nothing.</summary>
public sealed class HtmlIndexMarkRenderer : HtmlObjectRenderer<IndexMarkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, IndexMarkInline obj)
    {
        if (!obj.Visible)
        {
            return;
        }

        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<span class=\"index-term\">");
        }

        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</span>");
        }
    }
}
