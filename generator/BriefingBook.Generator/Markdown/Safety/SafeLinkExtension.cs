using BriefingBook.Generator.Markdown.Session;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.Safety;

/// <summary>
/// Once a document is parsed, turns links and images with an unsafe URL into their text, and removes event
/// handler attributes (<c>on*</c>) and unsafe URL attributes from every element, including those given with
/// <c>{...}</c> attributes and, when raw HTML is allowed, those written in raw HTML tags.
/// </summary>
public sealed partial class SafeLinkExtension : IMarkdownExtension
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"];

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Secure;
        pipeline.DocumentProcessed += Secure;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Secure(MarkdownDocument document)
    {
        foreach (var node in MarkdownTree.Blocks(document).Cast<MarkdownObject>().Concat(MarkdownTree.Inlines(document)).ToList())
        {
            if (node.TryGetAttributes() is { Properties: { } properties })
            {
                properties.RemoveAll(property => IsUnsafeAttribute(property.Key, property.Value));
            }

            switch (node)
            {
                case LinkInline link when UrlSafety.IsUnsafe(link.Url):
                    Disarm(link);
                    break;
                case AutolinkInline autolink when UrlSafety.IsUnsafe(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    break;
                case HtmlInline html:
                    html.Tag = ScrubTag(html.Tag);
                    break;
                case HtmlBlock block:
                    ScrubLines(block);
                    break;
            }
        }
    }

    private static bool IsUnsafeAttribute(string name, string? value) =>
        name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
        || (UrlAttributes.Contains(name, StringComparer.OrdinalIgnoreCase) && UrlSafety.IsUnsafe(value));

    private static void Disarm(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(MarkdownTree.Inlines(link).OfType<LiteralInline>().Select(literal => literal.Content.ToString()));
            link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            return;
        }

        Inline previous = link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            previous.InsertAfter(child);
            previous = child;
        }

        link.Remove();
    }

    private static string ScrubTag(string tag) =>
        UnsafeUrlAttribute().Replace(EventAttribute().Replace(tag, ""), "");

    private static void ScrubLines(HtmlBlock block)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines.Lines[i].Slice.ToString();
            var scrubbed = ScrubTag(text);
            if (scrubbed != text)
            {
                lines.Lines[i].Slice = new StringSlice(scrubbed);
            }
        }
    }

    [GeneratedRegex(@"\s+on[a-z]+\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"\s+(?:href|src|action|formaction|xlink:href|poster)\s*=\s*(?:""\s*(?:javascript|vbscript|data):[^""]*""|'\s*(?:javascript|vbscript|data):[^']*'|(?:javascript|vbscript|data):[^\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeUrlAttribute();
}
