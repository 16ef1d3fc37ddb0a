using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>Writes opted-out words as plain text.</summary>
public sealed class HtmlEntryOptOutRenderer : HtmlObjectRenderer<EntryOptOutInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, EntryOptOutInline obj) => renderer.WriteChildren(obj);
}
