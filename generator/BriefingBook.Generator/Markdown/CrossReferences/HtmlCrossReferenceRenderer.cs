using BriefingBook.Generator.Markdown.Typography;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// Writes a resolved reference as a link classed by what it leads to, and one that leads nowhere as a
/// visibly broken span that names what was written.
/// </summary>
public sealed class HtmlCrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the renderer for one language.</summary>
    public HtmlCrossReferenceRenderer(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline obj)
    {
        if (!renderer.EnableHtmlForInline || (obj.IsNested && obj.Target is not null))
        {
            renderer.WriteChildren(obj);
            return;
        }

        if (obj.Target is { } target)
        {
            renderer.Write("<a class=\"xref xref-").WriteEscape(target.Kind).Write("\" href=\"").WriteEscapeUrl(target.Url).Write("\">");
            renderer.WriteChildren(obj);
            renderer.Write("</a>");
            return;
        }

        var title = string.Format(options.EffectiveLabels.BrokenReference, "[[" + obj.Written + "]]");
        if (options.UsesFrenchTypography)
        {
            title = FrenchTypography.Apply(title);
        }

        renderer.Write("<span class=\"xref xref-broken\" title=\"").WriteEscape(title).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</span>");
    }
}
