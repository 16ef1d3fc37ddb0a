using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingBook.Generator.Parse;

/// <summary>Writes an allowed raw HTML block after cleaning it with <see cref="RawHtmlSanitizer"/>.</summary>
public sealed class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            return;
        }
        var text = string.Join('\n', obj.Lines.Lines.Take(obj.Lines.Count).Select(l => l.Slice.ToString()));
        renderer.Write(RawHtmlSanitizer.Clean(text)).WriteLine();
    }
}
