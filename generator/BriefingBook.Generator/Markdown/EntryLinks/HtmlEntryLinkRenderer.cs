using BriefingBook.Generator.Markdown.Typography;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Writes a linked mention: a plain link to the entry, followed by its tooltip (name, expansion, one-line
/// definition, name in the other language) that the link is described by. Without CSS or JavaScript it is
/// still a link; <see cref="AnnotationAssets"/> holds the style and script that make the tooltip pop up.
/// </summary>
public sealed class HtmlEntryLinkRenderer : HtmlObjectRenderer<EntryLinkInline>
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the renderer for one language.</summary>
    public HtmlEntryLinkRenderer(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, EntryLinkInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(obj);
            return;
        }

        var entry = obj.Entry;
        renderer.Write("<span class=\"entry\"><a class=\"entry-link\" href=\"").WriteEscapeUrl(obj.Url)
            .Write("\" data-entry=\"").WriteEscape(entry.Key)
            .Write("\" aria-describedby=\"").WriteEscape(obj.TooltipId).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</a><span class=\"entry-tip\" id=\"").WriteEscape(obj.TooltipId).Write("\" role=\"tooltip\">");
        WritePart(renderer, "entry-tip-name", entry.Name, first: true);
        if (!string.IsNullOrWhiteSpace(entry.Expansion))
        {
            WritePart(renderer, "entry-tip-expansion", entry.Expansion);
        }

        WritePart(renderer, "entry-tip-definition", entry.Definition);
        if (!string.IsNullOrWhiteSpace(entry.OtherLanguageName))
        {
            WriteOtherLanguage(renderer, entry.OtherLanguageName, entry.OtherLanguage);
        }

        renderer.Write("</span></span>");
    }

    private void WritePart(HtmlRenderer renderer, string cssClass, string text, bool first = false)
    {
        renderer.Write(first ? "<span class=\"" : " <span class=\"").Write(cssClass).Write("\">")
            .WriteEscape(Typeset(text)).Write("</span>");
    }

    private void WriteOtherLanguage(HtmlRenderer renderer, string name, string? language)
    {
        var label = options.EffectiveLabels.OtherLanguageName;
        var at = label.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? label + " " : label[..at];
        var after = at < 0 ? "" : label[(at + 3)..];
        renderer.Write(" <span class=\"entry-tip-other\">").WriteEscape(Typeset(before)).Write("<span");
        if (!string.IsNullOrWhiteSpace(language))
        {
            renderer.Write(" lang=\"").WriteEscape(language).Write('"');
        }

        renderer.Write('>').WriteEscape(Parse.Apostrophes.Apply(name)).Write("</span>").WriteEscape(Typeset(after)).Write("</span>");
    }

    private string Typeset(string text)
    {
        text = Parse.Apostrophes.Apply(text);
        return options.UsesFrenchTypography ? FrenchTypography.Apply(text) : text;
    }
}
