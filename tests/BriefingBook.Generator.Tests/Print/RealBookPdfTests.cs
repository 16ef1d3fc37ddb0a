using System.Globalization;
using System.Text;
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
            // What may be printed for a heading: its term, the words its index marks stand before, its entry's aliases
            // (all of them, as the site's glossary and who's who list them: print leaves out those its heading already says).
            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var item in new[] { "glossary.html", "people.html" }.SelectMany(file => book.SiteDocument(language, file).QuerySelectorAll(".entry-item")))
            {
                var name = PdfText.Fold(item.QuerySelector(".entry-name")!.TextContent);
                var alias = item.QuerySelector(".entry-aliases")?.TextContent ?? "";
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
            // Where the index starts, from its anchor: a right-hand index page also begins with "Index", its running head.
            var first = pdf.Destinations()["index"];
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
                            var next = page < pdf.Pages.Count ? PdfText.Fold(pdf.Pages[page]) : "";
                            Assert.True(printed.Any(form => BeginsOn(form, text, next)),
                                $"{language}: index '{term}' cites page {page}, which prints none of: {string.Join(" | ", printed)}");
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

    [WeasyPrintFact]
    public void Glossary_and_whos_who_headings_never_nest_parentheses_nor_repeat_a_form()
    {
        foreach (var language in Languages)
        {
            foreach (var dt in book.PrintDocument(language).QuerySelectorAll(".entries dt"))
            {
                var heading = PdfInspector.Flatten(dt.TextContent);
                Assert.DoesNotMatch(NestedParentheses(), heading);
                var aliases = dt.NextElementSibling?.QuerySelector(".entry-alias")?.TextContent ?? "";
                foreach (var alias in aliases.Contains(':') ? aliases[(aliases.IndexOf(':') + 1)..].Split(',') : [])
                {
                    // Hyphens count here: "indopacifique" is another spelling of "Indo-Pacifique", not a repeat.
                    var words = Regex.Escape(Spelling(alias));
                    Assert.False(Regex.IsMatch(Spelling(heading), $@"(?<![\w-]){words}(?![\w-])"),
                        $"{language}: '{heading}' is followed by '{alias.Trim()}', which it already says");
                }
            }
        }
    }

    [WeasyPrintFact]
    public void No_page_nests_parentheses()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            for (var page = 1; page <= pdf.Pages.Count; page++)
            {
                var nested = NestedParentheses().Match(PdfInspector.Flatten(pdf.Pages[page - 1]));
                Assert.False(nested.Success, $"{language}: page {page} nests parentheses: '{nested.Value}'");
            }
        }
    }

    [WeasyPrintFact]
    public void No_title_on_the_cover_or_atop_an_article_ends_on_a_line_of_one_word()
    {
        foreach (var language in Languages)
        {
            var pdf = book.Pdf(language);
            var document = book.PrintDocument(language);
            var destinations = pdf.Destinations();
            var titles = document.QuerySelectorAll(".chapter").Select(c => (Title: c.QuerySelector(".chapter-title")!.TextContent, Page: destinations[c.Id!]))
                .Prepend((Title: document.QuerySelector(".book-title")!.TextContent, Page: 1));
            foreach (var (text, page) in titles)
            {
                var title = PdfText.Fold(text);
                var lines = pdf.Pages[page - 1].Split('\n').Select(PdfText.Fold).Where(l => l.Length > 0).ToList();
                var read = "";
                var last = "";
                for (var i = lines.FindIndex(l => title.StartsWith(l, StringComparison.Ordinal)); i >= 0 && i < lines.Count && read.Length < title.Length; i++)
                {
                    last = lines[i];
                    read = (read + " " + last).Trim();
                }
                Assert.Equal(title, read);
                Assert.True(last.Split(' ').Length >= 2, $"{language}: '{title}' ends on the line '{last}'");
            }
        }
    }

    /// <summary>
    /// Whether the words <paramref name="form"/> begin on a page: printed there whole, or their first words there and the
    /// rest on the next page, as when a page break falls inside a name.
    /// </summary>
    private static bool BeginsOn(string form, string page, string next)
    {
        var words = form.Split(' ');
        return page.Contains(form, StringComparison.Ordinal) || Enumerable.Range(1, words.Length - 1).Any(k =>
            page.Contains(string.Join(' ', words[..k]), StringComparison.Ordinal) && next.Contains(string.Join(' ', words[k..]), StringComparison.Ordinal));
    }

    /// <summary>Words as a reader tells spellings apart: case, accents and typographic apostrophes aside.</summary>
    private static string Spelling(string text) =>
        string.Join(' ', new string([.. text.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                .Select(c => c == '’' ? '\'' : char.ToLowerInvariant(c))])
            .Split((char[])[' ', '\u00A0', '\u202F', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A parenthesis opened inside another, or two groups side by side: "(Japan (SDF))", "(SDF) (Japan)".</summary>
    [GeneratedRegex(@"\([^()]*\(|\)\s*\(")]
    private static partial Regex NestedParentheses();

    [GeneratedRegex(@"^[ \t]{0,3}(?<term>\S[^\n]*?),\s+(?<pages>\d+(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex IndexLine();
}
