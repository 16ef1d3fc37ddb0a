using System.Globalization;
using AngleSharp.Dom;

namespace BriefingBook.Generator.Print;

/// <summary>
/// Places the index marks of one page's print HTML: an empty <c>span.index-mark</c> before each linked entry
/// mention and each visible index term, and before the first written form of each mention the site shows
/// without a link, so that every page the index cites is the page where the words are printed.
/// </summary>
public sealed class PrintIndexMarker(string prefix, IReadOnlyList<PrintMention> mentions, CultureInfo culture)
{
    private readonly List<PrintIndexMark> _marks = [];

    public IReadOnlyList<PrintIndexMark> Marks => _marks;

    /// <summary>An empty <c>span.index-mark</c> right before each entry mention and each visible index term.</summary>
    public void Mark(IDocument document, IElement body)
    {
        foreach (var element in body.QuerySelectorAll("span.index-term, span.entry").ToList())
        {
            var paragraph = element.Closest("[id]:not(span):not(a)");
            var entryKey = element.ClassList.Contains("entry") ? element.QuerySelector("a[data-entry]")?.GetAttribute("data-entry") : null;
            var id = $"{prefix}--ix-{_marks.Count + 1}";
            var words = element.Clone() is IElement copy ? Words(copy) : element.TextContent;
            _marks.Add(new PrintIndexMark(paragraph?.Id, entryKey, words, id));
            var mark = document.CreateElement("span");
            mark.ClassName = "index-mark";
            mark.Id = id;
            element.Before(mark);
        }
        foreach (var mention in mentions)
        {
            if (!_marks.Any(m => m.Paragraph == mention.Paragraph && m.EntryKey == mention.EntryKey))
            {
                MarkMention(document, body, mention);
            }
        }
    }

    /// <summary>Marks the first place in the paragraph where one of the mention's forms is written, if any.</summary>
    private void MarkMention(IDocument document, IElement body, PrintMention mention)
    {
        var paragraph = body.QuerySelectorAll("[id]").FirstOrDefault(e => e.Id == mention.Paragraph);
        if (paragraph is null)
        {
            return;
        }
        var compare = culture.CompareInfo;
        const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        foreach (var text in paragraph.Descendants<IText>().ToList())
        {
            if (text.ParentElement?.Closest(".footnote, .index-mark") is not null)
            {
                continue;
            }
            var found = mention.Forms.OrderByDescending(f => f.Length)
                .Select(form => (Form: form, At: compare.IndexOf(text.Data, form, Loose)))
                .Where(f => f.At >= 0)
                .OrderBy(f => f.At)
                .FirstOrDefault();
            if (found.Form is null)
            {
                continue;
            }
            var words = found.At == 0 ? text : text.Split(found.At);
            var id = $"{prefix}--ix-{_marks.Count + 1}";
            _marks.Add(new PrintIndexMark(mention.Paragraph, mention.EntryKey, found.Form, id));
            var mark = document.CreateElement("span");
            mark.ClassName = "index-mark";
            mark.Id = id;
            words.Before(mark);
            return;
        }
    }

    private static string Words(IElement element)
    {
        foreach (var tip in element.QuerySelectorAll(".entry-tip").ToList())
        {
            tip.Remove();
        }
        return element.TextContent.Trim();
    }
}
