using System.Globalization;
using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Render;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Print;

/// <summary>
/// The back-of-book index as the print layout sees it: headings grouped by letter, each with page references in
/// book order that lead to the index mark placed before the indexed words (the paragraph when the words are not
/// printed), and its "see" and "see also" references inside the document.
/// </summary>
public sealed class PrintIndexModel(Site site, string language, IReadOnlyDictionary<Page, PrintHtmlRewriter> articles)
{
    private readonly IReadOnlyList<IndexEntry> _headings = site.Index.GetValueOrDefault(language, []);
    private readonly Collation _collation = new(site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture);

    public ScriptArray Letters()
    {
        var letters = new ScriptArray();
        foreach (var group in _headings.Where(Printed).GroupBy(h => _collation.Letter(h.Entry?.SortAs ?? h.Term)))
        {
            letters.Add(TemplateModelBuilder.Obj(
                ("letter", HtmlText.Escape(group.Key)),
                ("entries", new ScriptArray(group.Select(h => (object?)Heading(h, $"{PrintLinkMap.Index}--{h.Id}"))))));
        }
        return letters;
    }

    /// <summary>A heading is printed when it leads somewhere in the printed articles or to another heading.</summary>
    private bool Printed(IndexEntry heading) =>
        Refs(heading).Count > 0 || heading.See.Count > 0 || heading.SeeAlso.Count > 0 || heading.SubEntries.Values.Any(Printed);

    private ScriptObject Heading(IndexEntry heading, string id) => TemplateModelBuilder.Obj(
        ("term", TemplateModelBuilder.Text(language, heading.Term)),
        ("id", id),
        ("refs", new ScriptArray(Refs(heading).Select(r => (object?)r))),
        ("see", References(heading.See)),
        ("see_also", References(heading.SeeAlso)),
        ("subentries", new ScriptArray(heading.SubEntries.Values.Where(Printed)
            .Select(s => (object?)Heading(s, $"{PrintLinkMap.Index}--{s.Id}")))));

    private ScriptArray References(IEnumerable<string> terms) => new(terms.Select(term =>
    {
        var target = _headings.FirstOrDefault(h => string.Equals(h.Term, term, StringComparison.OrdinalIgnoreCase));
        return (object?)TemplateModelBuilder.Obj(("term", TemplateModelBuilder.Text(language, term)),
            ("id", target is null ? null : $"{PrintLinkMap.Index}--{target.Id}"));
    }));

    /// <summary>The ids the heading's page references lead to, in book order, once each.</summary>
    private List<string> Refs(IndexEntry heading)
    {
        var order = site.Articles(language).ToList();
        var refs = new List<(int Article, int Position, string Id)>();
        foreach (var locator in heading.Locators)
        {
            var position = order.IndexOf(locator.Page);
            if (position < 0 || !articles.TryGetValue(locator.Page, out var rewriter))
            {
                continue;
            }
            var pageMarks = rewriter.Marks;
            var prefix = PrintLinkMap.PrefixOf(locator.Page);
            var inParagraph = pageMarks.Select((m, i) => (Mark: m, Index: i)).Where(m => m.Mark.Paragraph == locator.Anchor).ToList();
            var match = inParagraph.FirstOrDefault(m => heading.Entry is { } entry && m.Mark.EntryKey == entry.Key);
            if (match.Mark is null && heading.Entry is null)
            {
                match = inParagraph.FirstOrDefault(m => m.Mark.EntryKey is null && SameWords(m.Mark.Words, heading.Term));
                match = match.Mark is null ? inParagraph.FirstOrDefault(m => m.Mark.EntryKey is null) : match;
            }
            var id = match.Mark?.Id ?? (locator.Anchor is null ? prefix : $"{prefix}--{locator.Anchor}");
            refs.Add((position, rewriter.Order.GetValueOrDefault(id, -1), id));
        }
        return refs.OrderBy(r => r.Article).ThenBy(r => r.Position).Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
    }

    private bool SameWords(string words, string term)
    {
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        return culture.CompareInfo.IndexOf(words, term, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0
            || culture.CompareInfo.IndexOf(term, words, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
    }
}
