using System.Text.RegularExpressions;
using BriefingBook.Generator.Tests.Export;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>The repository book's PDFs, read back with poppler and qpdf: contents, index, outline, fonts and metadata hold.</summary>
public sealed partial class RealBookPdfTests(RealBookPdfFixture book) : IClassFixture<RealBookPdfFixture>
{
    private static readonly string[] Languages = ["fr", "en"];

    [WeasyPrintFact]
    public void Each_contents_line_gives_the_page_where_its_article_title_is_printed()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            var chapters = book.PrintDocument(language).QuerySelectorAll(".chapter").ToList();
            Assert.Equal(5, chapters.Count);
            var contents = PdfText.Fold(string.Join("\n", pdf.Pages.Skip(1).TakeWhile(page => page.Contains(". . . .", StringComparison.Ordinal))));
            var destinations = pdf.Destinations();
            foreach (var chapter in chapters)
            {
                var title = PdfText.Fold(chapter.QuerySelector(".chapter-title")!.TextContent);
                var line = Regex.Match(contents, Regex.Escape(title) + @"\s*(?:\.\s*)+(\d+)");
                Assert.True(line.Success, $"{language}: no contents line for '{title}'");
                var page = int.Parse(line.Groups[1].Value);
                Assert.Contains(title, PdfText.Fold(pdf.Pages[page - 1]));
                Assert.Equal(page, destinations[chapter.Id!]);
            }
        }
    }

    [WeasyPrintFact]
    public void Index_page_numbers_lead_to_pages_that_print_the_term()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            var document = book.PrintDocument(language);
            // What may be printed for a heading: its term, the words its index marks stand before, its entry's aliases.
            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var dt in document.QuerySelectorAll(".entries dt"))
            {
                var name = PdfText.Fold(dt.ChildNodes.First().TextContent);
                var alias = dt.QuerySelector(".entry-alias")?.TextContent ?? "";
                var list = alias.Contains(':') ? alias[(alias.IndexOf(':') + 1)..].Split(',').Select(PdfText.Fold).ToList() : [];
                aliases[name] = [.. aliases.GetValueOrDefault(name, []), .. list];
            }
            // The sample: headings whose every reference leads to marked words (hidden marks lead to a paragraph, not to words).
            var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var entry in document.QuerySelectorAll("li.index-entry").Where(e => e.QuerySelectorAll(":scope > .index-refs > a.page-ref")
                .All(r => document.GetElementById(r.GetAttribute("href")![1..])?.ClassList.Contains("index-mark") == true)))
            {
                var term = PdfText.Fold(entry.QuerySelector(".index-term")!.TextContent);
                var set = forms.TryGetValue(term, out var known) ? known : forms[term] = [term];
                set.UnionWith(aliases.GetValueOrDefault(term, []));
                // People are printed in the index as filed ("trump, donald") and listed under their name ("donald trump").
                if (term.Split(", ") is [var family, var given])
                {
                    set.Add(given + " " + family);
                    set.UnionWith(aliases.GetValueOrDefault(given + " " + family, []));
                }
                foreach (var reference in entry.QuerySelectorAll(":scope > .index-refs > a.page-ref"))
                {
                    var mark = document.GetElementById(reference.GetAttribute("href")![1..]);
                    if (mark?.ClassList.Contains("index-mark") == true && mark.NextSibling is AngleSharp.Dom.IElement words)
                    {
                        set.Add(PdfText.Fold(words.TextContent));
                    }
                }
            }
            // The index opens with its title at the left margin; the running heads of its next pages are set right.
            var first = pdf.Pages.ToList().FindLastIndex(page => page.StartsWith("Index", StringComparison.Ordinal)) + 1;
            Assert.True(first > 2, $"{language}: no index pages");
            var checkedLines = 0;
            for (var number = first; number <= pdf.Pages.Count; number++)
            {
                foreach (var left in new[] { true, false })
                {
                    foreach (Match line in IndexLine().Matches(pdf.ColumnText(number, left)))
                    {
                        var term = PdfText.Fold(line.Groups["term"].Value);
                        if (!forms.TryGetValue(term, out var printed))
                        {
                            continue;
                        }
                        foreach (var page in PdfText.Pages(line.Groups["pages"].Value))
                        {
                            var text = PdfText.Fold(pdf.Pages[page - 1]);
                            Assert.True(printed.Any(text.Contains), $"{language}: index '{term}' cites page {page}, which prints none of: {string.Join(" | ", printed)}");
                        }
                        checkedLines++;
                    }
                }
            }
            Assert.True(checkedLines >= 20, $"{language}: only {checkedLines} index lines could be read");
        }
    }

    [WeasyPrintFact]
    public void The_outline_lists_every_article_at_its_first_page()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            var outline = pdf.Outline();
            var destinations = pdf.Destinations();
            foreach (var chapter in book.PrintDocument(language).QuerySelectorAll(".chapter"))
            {
                var title = PdfText.Fold(chapter.QuerySelector(".chapter-title")!.TextContent);
                var bookmark = outline.SingleOrDefault(item => item.Level == 1 && PdfText.Fold(item.Title) == title);
                Assert.True(bookmark.Title is not null, $"{language}: no bookmark for '{title}'");
                Assert.Equal(destinations[chapter.Id!], bookmark.Page);
                Assert.Contains(outline, item => item.Level == 2 && item.Page >= bookmark.Page);
            }
        }
    }

    [WeasyPrintFact]
    public void Fonts_are_embedded_and_title_and_language_are_set()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            var fonts = pdf.Fonts();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, font => Assert.True(font.Embedded, $"{language}: {font.Name} is not embedded"));
            var info = pdf.Info();
            var title = PdfText.Fold(book.PrintDocument(language).Title!);
            Assert.Equal(title, PdfText.Fold(info["Title"]));
            Assert.Contains(language == "fr" ? "japon" : "japan", title);
            Assert.Equal(language, pdf.Language);
            Assert.True(info.ContainsKey("Keywords") && info["Keywords"].Length > 0, $"{language}: no keywords");
            Assert.Equal(book.Result(language).Pages, int.Parse(info["Pages"]));
        }
    }

    [WeasyPrintFact]
    public void Footnotes_print_at_the_foot_of_the_page_that_calls_them()
    {
        var pdf = book.Pdf("fr");
        var notes = book.PrintDocument("fr").QuerySelectorAll("span.footnote").ToList();
        Assert.True(notes.Count >= 5, $"only {notes.Count} footnotes");
        foreach (var note in notes)
        {
            var text = PdfText.Fold(note.TextContent);
            var start = text[..Math.Min(40, text.Length)];
            var pages = pdf.Pages.Select((page, index) => (Text: PdfText.Fold(page), Number: index + 1)).Where(p => p.Text.Contains(start)).ToList();
            Assert.True(pages.Count == 1, $"the note '{start}' is printed on {pages.Count} pages");
        }
    }

    [GeneratedRegex(@"^[ \t]{0,3}(?<term>\S[^\n]*?),\s+(?<pages>\d+(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex IndexLine();
}
