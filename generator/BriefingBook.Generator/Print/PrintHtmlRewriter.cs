using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingBook.Generator.Print;

/// <summary>
/// Turns one page's site HTML into its part of the print document: ids take the page's prefix, links to pages
/// of the book become links inside the document, footnotes move inline where they are called, entry tooltips
/// go, index marks are placed before indexed words, cross-references inside parentheses are marked as such, and
/// nothing that would load a file (images outside the output, frames, objects, scripts) is kept.
/// </summary>
public sealed class PrintHtmlRewriter(PrintLinkMap links, string pagePath, string printPath, string prefix,
    IReadOnlyList<PrintMention>? mentions = null, System.Globalization.CultureInfo? culture = null)
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Removed = ["script", "style", "link", "meta", "iframe", "frame", "frameset", "object", "embed",
        "applet", "audio", "video", "source", "track", "picture", "svg", "math", "form", "input", "button", "select", "textarea", "base"];

    private readonly PrintIndexMarker _marker = new(prefix, mentions ?? [], culture ?? System.Globalization.CultureInfo.InvariantCulture);
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);

    public IReadOnlyList<PrintIndexMark> Marks => _marker.Marks;

    /// <summary>The position of each id of the rewritten HTML, in document order, so that page references can follow the text.</summary>
    public IReadOnlyDictionary<string, int> Order => _order;

    public string Rewrite(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll(string.Join(',', Removed)).ToList())
        {
            element.Remove();
        }
        foreach (var tip in body.QuerySelectorAll(".entry-tip").ToList())
        {
            tip.Remove();
        }
        MoveFootnotes(body);
        _marker.Mark(document, body);
        foreach (var entry in body.QuerySelectorAll("span.entry").ToList())
        {
            Unwrap(entry);
        }
        Quotes(document, body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            Clean(element);
        }
        PrintCrossReferences.Mark(body);
        return body.InnerHtml.Trim();
    }

    /// <summary>Each call becomes the note's text in a <c>span.footnote</c>; the end-of-page note list goes.</summary>
    private static void MoveFootnotes(IElement body)
    {
        foreach (var call in body.QuerySelectorAll("a.footnote-ref").ToList())
        {
            var target = call.GetAttribute("href")?.TrimStart('#');
            var note = target is null ? null : body.QuerySelectorAll("li").FirstOrDefault(li => li.Id == target);
            if (note is null)
            {
                call.Remove();
                continue;
            }
            var span = call.Owner!.CreateElement("span");
            span.ClassName = "footnote";
            foreach (var back in note.QuerySelectorAll("a.footnote-back-ref").ToList())
            {
                back.Remove();
            }
            // Block children (the note's paragraphs) become inline text separated by spaces.
            var parts = note.Children.Length > 0 ? note.Children.Select(c => c.InnerHtml.Trim()) : [note.InnerHtml.Trim()];
            span.InnerHtml = string.Join(" ", parts.Where(p => p.Length > 0));
            call.Replace(span);
        }
        foreach (var list in body.QuerySelectorAll("div.footnotes, section.footnotes").ToList())
        {
            list.Remove();
        }
    }

    /// <summary>A quotation's caption becomes its attribution line inside the blockquote, as the print stylesheet expects.</summary>
    private static void Quotes(IDocument document, IElement body)
    {
        foreach (var figure in body.QuerySelectorAll("figure.quote").ToList())
        {
            var quote = figure.QuerySelector("blockquote");
            var caption = figure.QuerySelector("figcaption");
            if (quote is null)
            {
                continue;
            }
            if (caption is not null)
            {
                var attribution = document.CreateElement("p");
                attribution.ClassName = "attribution";
                attribution.InnerHtml = caption.InnerHtml;
                if (caption.Id is { } id)
                {
                    attribution.Id = id;
                }
                quote.AppendChild(attribution);
            }
            figure.Replace(quote);
        }
    }

    private void Clean(IElement element)
    {
        foreach (var name in element.Attributes.Select(a => a.Name).ToList())
        {
            if (name.StartsWith("aria-", StringComparison.Ordinal) || name is "data-entry" or "srcset" or "style" or "background"
                || name.StartsWith("on", StringComparison.Ordinal) || name is "poster" or "formaction" or "xlink:href")
            {
                element.RemoveAttribute(name);
            }
        }
        if (element.Id is { Length: > 0 } id && !element.ClassList.Contains("index-mark"))
        {
            element.Id = $"{prefix}--{id}";
        }
        if (element.Id is { Length: > 0 } final)
        {
            _order.TryAdd(final, _order.Count);
        }
        if (element.LocalName == "a")
        {
            Link(element);
        }
        else if (element.LocalName == "img")
        {
            Image(element);
        }
        else if (element.HasAttribute("src") || element.HasAttribute("href"))
        {
            element.RemoveAttribute("src");
            element.RemoveAttribute("href");
        }
    }

    private void Link(IElement link)
    {
        link.ClassList.Remove("entry-link");
        if (link.ClassList.Length == 0)
        {
            link.RemoveAttribute("class");
        }
        var href = link.GetAttribute("href");
        if (href is null)
        {
            return;
        }
        if (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : href[(hash + 1)..];
        string? target = null;
        if (path.Length == 0)
        {
            target = string.IsNullOrEmpty(fragment) ? prefix : $"{prefix}--{fragment}";
        }
        else if (!path.Contains(':') && PrintLinkMap.Resolve(pagePath, path) is { } resolved)
        {
            target = links.IdFor(resolved, fragment);
        }
        if (target is null)
        {
            // A page the print edition leaves out, or a link that leaves the book: the words stay, the link goes.
            Unwrap(link);
            return;
        }
        link.SetAttribute("href", "#" + target);
    }

    /// <summary>An image stays only when it lies inside the output folder; its address is made relative to the print document.</summary>
    private void Image(IElement image)
    {
        var src = image.GetAttribute("src") ?? "";
        var resolved = src.Length == 0 || src.Contains(':') || src.StartsWith('/') || src.StartsWith('\\') || src.Contains('\\')
            ? null : PrintLinkMap.Resolve(pagePath, src.Split('#', '?')[0]);
        if (resolved is null)
        {
            image.Remove();
            return;
        }
        image.SetAttribute("src", Render.RelativeUrl.From(printPath, resolved));
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return;
        }
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }
        element.Remove();
    }
}
