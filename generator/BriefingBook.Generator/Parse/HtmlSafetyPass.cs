using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using BriefingBook.Generator.Markdown.Safety;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Makes a parsed document safe to publish: raw HTML is left out unless allowed (then cleaned of
/// scripts and event handlers), links and images
/// with unsafe schemes are dropped (their text kept), and only harmless attributes survive.
/// </summary>
public static class HtmlSafetyPass
{
    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "lang", "dir", "title", "role", "width", "height", "start", "reversed", "colspan", "rowspan", "scope", "loading", "translate",
    };

    public static void Apply(MarkdownDocument document, MarkdownSource source, bool allowHtml, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HtmlBlock block when !allowHtml:
                    Warn(diagnostics, source.At(block.Line, block.Column), LoadDiagnosticIds.RawHtml, "raw HTML is left out of the page",
                        "write it in Markdown, or set 'markdown: allow_html: true' in site.yml");
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline inline when !allowHtml:
                    Warn(diagnostics, source.At(inline.Line, inline.Column), LoadDiagnosticIds.RawHtml, $"raw HTML '{inline.Tag}' is left out of the page",
                        "write it in Markdown, or set 'markdown: allow_html: true' in site.yml");
                    inline.Remove();
                    break;
                case HtmlBlock block:
                    var text = block.Lines.ToString();
                    var cleaned = RawHtmlSanitizer.Clean(text);
                    if (cleaned != text)
                    {
                        block.Lines = new StringLineGroup(cleaned);
                    }
                    break;
                case HtmlInline inline:
                    inline.Tag = RawHtmlSanitizer.Clean(inline.Tag);
                    break;
                case LinkInline link when UrlSafety.IsUnsafe(link.Url):
                    Warn(diagnostics, source.At(link.Line, link.Column), LoadDiagnosticIds.UnsafeLink,
                        $"the {(link.IsImage ? "image" : "link")} to '{Shorten(link.Url)}' is dropped: its scheme can run code",
                        "link to an http(s) address or to a page of the book");
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when UrlSafety.IsUnsafe(autolink.Url):
                    Warn(diagnostics, source.At(autolink.Line, autolink.Column), LoadDiagnosticIds.UnsafeLink,
                        $"the link to '{Shorten(autolink.Url)}' is dropped: its scheme can run code", "link to an http(s) address");
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
            CleanAttributes(node, source, diagnostics);
        }
    }

    private static void CleanAttributes(MarkdownObject node, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var attributes = node.TryGetAttributes();
        if (attributes?.Properties is not { Count: > 0 } properties)
        {
            return;
        }
        foreach (var property in properties.ToList())
        {
            var name = property.Key;
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                properties.Remove(property);
                if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
                {
                    attributes.Id = property.Value;
                }
                else
                {
                    foreach (var cls in (property.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        attributes.AddClass(cls);
                    }
                }
                continue;
            }
            var safe = AllowedAttributes.Contains(name)
                || ((name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
                    && name.Skip(5).All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
            if (!safe)
            {
                var (line, column) = node is Inline i ? (i.Line, i.Column) : node is Block b ? (b.Line, b.Column) : (0, 0);
                Warn(diagnostics, source.At(line, column), LoadDiagnosticIds.UnsafeLink, $"the attribute '{name}' is dropped",
                    "attributes may set an id, classes, lang, title, data-* and aria-*; event handlers and URLs are never emitted");
                properties.Remove(property);
            }
        }
    }

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.Remove();
            return;
        }
        var anchor = (Inline)link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }

    private static string Shorten(string? url) => url is null ? "" : url.Length > 40 ? url[..40] + "..." : url;

    private static void Warn(DiagnosticBag diagnostics, SourceLocation at, string id, string message, string hint) =>
        diagnostics.Warning(id, at, message, hint);
}
