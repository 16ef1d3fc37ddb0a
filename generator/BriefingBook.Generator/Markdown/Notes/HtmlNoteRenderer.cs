using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.Notes;

/// <summary>
/// Writes an editor's note as <c>&lt;aside class="editor-note" role="note"&gt;</c> opened by its label in the
/// document's language, and a margin note as <c>&lt;aside class="margin-note" role="note"&gt;</c> named for
/// screen readers.
/// </summary>
public sealed class HtmlNoteRenderer : HtmlObjectRenderer<NoteBlock>
{
    private readonly AnnotationOptions options;

    /// <summary>Creates the renderer for one language.</summary>
    public HtmlNoteRenderer(AnnotationOptions options)
    {
        this.options = options;
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, NoteBlock obj)
    {
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(obj);
            return;
        }

        var labels = options.EffectiveLabels;
        var attributes = new HtmlAttributes();
        obj.TryGetAttributes()?.CopyTo(attributes);
        attributes.Classes?.Remove(obj.Info ?? "");
        attributes.Classes ??= [];
        attributes.Classes.Insert(0, obj.Kind == NoteKind.EditorNote ? "editor-note" : "margin-note");
        renderer.Write("<aside").WriteAttributes(attributes).Write(" role=\"note\"");
        if (obj.Kind == NoteKind.EditorNote)
        {
            renderer.WriteLine(">");
            renderer.Write("<p class=\"note-label\">").WriteEscape(Typeset(labels.EditorNote)).WriteLine("</p>");
        }
        else
        {
            renderer.Write(" aria-label=\"").WriteEscape(labels.MarginNote).WriteLine("\">");
        }

        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</aside>");
    }

    private string Typeset(string text) => options.UsesFrenchTypography ? Typography.FrenchTypography.Apply(text) : text;
}
